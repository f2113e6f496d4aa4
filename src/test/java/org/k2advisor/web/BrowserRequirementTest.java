package org.k2advisor.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The browser tests skip on a machine without chromium, but never quietly where they must run. */
class BrowserRequirementTest {
    @TempDir
    Path empty;

    @Test
    void whenTheProgramsAreMissing_thenTheBrowserTestsAreSkippedWithTheReason() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> Browser.requirePrograms(empty.resolve("chromium"), empty.resolve("chromedriver"), Map.of()));

        assertTrue(skipped.getMessage().contains("apt-get install chromium chromium-driver"), skipped.getMessage());
    }

    @Test
    void whenTheProgramsAreMissingOnCi_thenTheBrowserTestsFail() {
        Path chromium = empty.resolve("chromium");
        Path driver = empty.resolve("chromedriver");

        assertThrows(AssertionFailedError.class, () -> Browser.requirePrograms(chromium, driver, Map.of("CI", "true")));
        assertThrows(AssertionFailedError.class,
                () -> Browser.requirePrograms(chromium, driver, Map.of("K2ADVISOR_REQUIRE_BROWSER", "1")));
    }

    @Test
    void whenCiIsFalseOrEmpty_thenTheBrowserTestsAreSkippedNotFailed() {
        Path chromium = empty.resolve("chromium");
        Path driver = empty.resolve("chromedriver");

        assertThrows(TestAbortedException.class, () -> Browser.requirePrograms(chromium, driver, Map.of("CI", "false")));
        assertThrows(TestAbortedException.class, () -> Browser.requirePrograms(chromium, driver, Map.of("CI", "")));
        assertThrows(TestAbortedException.class,
                () -> Browser.requirePrograms(chromium, driver, Map.of("K2ADVISOR_REQUIRE_BROWSER", "0")));
    }

    @Test
    void whenTheProgramsArePresent_thenNothingIsSkipped() {
        // /bin/sh stands in for both: only "is it there and executable" is asked.
        Path shell = Path.of("/bin/sh");

        assertDoesNotThrow(() -> Browser.requirePrograms(shell, shell, Map.of("CI", "true")));
    }
}
