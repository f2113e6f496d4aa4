package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Drools and SLF4J must not print anything of their own: the console belongs to the user. */
class QuietConsoleTest {

    @Test
    void whenPacksAreBuiltOnBothPathsAndUsed_thenNothingIsLoggedToTheConsole() {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            Advisor.builtIn().advise(java.util.Map.of("age", 70, "diabetes", true));
            Advisor.fromDirectory(TestPacks.RULES_DIR).advise(java.util.Map.of("age", 70, "anticoagulant", true));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        assertEquals("", console.toString(StandardCharsets.UTF_8));
    }
}
