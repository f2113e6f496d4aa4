package org.k2advisor.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** A screenshot is kept unless the page really changed; the README's own screenshots stand in. */
class ScreenshotsTest {
    @Test
    void whenAScreenshotIsTheSame_thenItIsKeptAndWhenAnotherViewIsShown_thenItIsNot() throws Exception {
        byte[] report = Files.readAllBytes(Screenshots.DIRECTORY.resolve("report.png"));
        byte[] handout = Files.readAllBytes(Screenshots.DIRECTORY.resolve("handout.png"));
        byte[] phone = Files.readAllBytes(Screenshots.DIRECTORY.resolve("phone.png"));

        assertTrue(Screenshots.nearlySame(report, report.clone()));
        assertFalse(Screenshots.nearlySame(report, handout), "same size, other content");
        assertFalse(Screenshots.nearlySame(report, phone), "another size");
        assertFalse(Screenshots.nearlySame(report, new byte[] {1, 2, 3}), "not a PNG");
    }
}
