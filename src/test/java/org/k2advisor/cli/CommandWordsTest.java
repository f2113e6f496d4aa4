package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command words a person may try: help and version as commands, and teach with its answers from a pipe. */
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
}
