package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The command words a person may try: help and version as commands, teach from a pipe, and shell completion. */
class CommandWordsTest {

    @Test
    void whenHelpIsGivenACommand_thenThatCommandsUsageIsPrinted() {
        CliRun help = CliRun.of("help", "advise");

        assertEquals(0, help.exit(), help.err());
        assertEquals(CliRun.of("advise", "--help").out(), help.out());
    }

    @Test
    void whenVersionIsACommand_thenItPrintsWhatTheOptionPrints() {
        CliRun version = CliRun.of("version");

        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("k2advisor "), version.out());
        assertEquals(CliRun.of("--version").out(), version.out());
        assertTrue(CliRun.of("version", "--help").out().startsWith("Usage: k2advisor version"), "its own help, like every command");
    }

    @Test
    void whenTeachReadsTheAnswersFromStandardInput_thenEveryFiringIsShownWithoutKeys() {
        // Given answers on standard input, as the help of --answers says
        CliRun teach = CliRun.withInput("{\"age\": 67, \"diabetes\": true}", "teach", "--answers", "-");

        // Then it steps through to the end by itself, the same as pressing Enter at every step
        CliRun keyed = CliRun.withInput("n\n".repeat(20) + "q\n", "teach", "--set", "age=67", "--set", "diabetes=true");
        assertEquals(0, teach.exit(), teach.err());
        assertTrue(teach.out().contains("the reasoning is complete after"), teach.out());
        String fromStdin = teach.out().substring(teach.out().indexOf("Firing 1"));
        assertTrue(keyed.out().contains(fromStdin.substring(0, fromStdin.indexOf("the reasoning is complete"))), teach.out());
    }

    @Test
    void whenTheCompletionScriptIsWritten_thenItCompletesEveryCommandForBothWaysOfRunningIt() {
        String script = CompletionScript.script();

        for (String command : List.of("ask", "advise", "questions", "claims", "rules", "explain", "what-if", "teach", "help",
                "version", "why-not", "coverage", "batch", "--threads", "--out")) {
            assertTrue(script.contains(command), command);
        }
        assertTrue(script.contains("complete -F _complete_k2advisor -o default k2advisor "), "k2advisor on the PATH");
        assertTrue(script.contains("complete -F _complete_k2advisor -o default ./k2advisor\n"), "the launcher in a checkout");
        assertFalse(script.contains("K2AdvisorCommand"), "no class names in what a shell reads");
    }
}
