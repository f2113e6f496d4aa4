package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The educator commands' contract at the edges: one line on stderr, exit 2, nothing on stdout. */
class EducatorCommandsTest {

    private static void assertBadInput(CliRun result, String expectedError) {
        assertEquals(2, result.exit(), result.err());
        assertEquals("", result.out());
        assertEquals("k2advisor: " + expectedError + "\n", result.err());
    }

    @Test
    void whenAdviceIdIsATypo_thenOneLineWithTheNearestId() {
        assertBadInput(CliRun.of("explain", "why", "food_source", "--answers", EducatorCli.RISK_FACTORS),
                "unknown advice id \"food_source\" (did you mean \"food_sources\"?)");
    }

    @Test
    void whenAdviceIdIsNothingLikeAnId_thenOneLinePointingAtTheCatalogue() {
        assertBadInput(CliRun.of("explain", "why-not", "zzzzzzzzzz", "--set", "age=50"),
                "unknown advice id \"zzzzzzzzzz\" (the ids are those of rules/advice.json)");
    }

    @Test
    void whenWhyIsAskedForAnItemNotInTheReport_thenItPointsToWhyNot() {
        assertBadInput(CliRun.of("explain", "why", "emergency_care", "--answers", EducatorCli.RISK_FACTORS),
                "\"emergency_care\" is not in the report for these answers; `k2advisor explain why-not emergency_care`"
                        + " with the same answers shows what kept it out");
    }

    @Test
    void whenExplainHasNoAnswers_thenOneLineAskingForThem() {
        assertBadInput(CliRun.of("explain", "why", "broader_approach"),
                "answers: give --answers FILE (or - for standard input), --set id=value, or both");
    }

    @Test
    void whenWhatIfHasNoSet_thenOneLineAskingForOne() {
        assertBadInput(CliRun.of("what-if", "--answers", EducatorCli.RISK_FACTORS),
                "--set: what-if needs at least one --set id=value to compare against");
    }

    @Test
    void whenCoverageDirectoryHasNoScenarios_thenOneLineSayingSo() {
        CliRun result = CliRun.of("rules", "coverage", "--scenarios", org.k2advisor.FixturePacks.get("drl-error").toString());

        assertBadInput(result, "--scenarios: no *.answers.json files in target/test-packs/drl-error");
    }

    @Test
    void whenRulesCheckIsGivenNoDirectory_thenBadInputNotAFinding() {
        assertBadInput(CliRun.of("rules", "check", "--rules", "no/such/dir"), "--rules: no/such/dir is not a directory");
    }

    @Test
    void whenRulesHasNoSubcommand_thenItStillListsTheRules() {
        CliRun result = CliRun.of("rules");

        assertEquals(0, result.exit());
        assertTrue(result.out().contains("finding.goal  (findings.drl:252; claims A16)"), result.out());
    }

    @Test
    void whenExplainHasNoSubcommand_thenUsageNamesWhyAndWhyNot() {
        CliRun result = CliRun.of("explain");

        assertEquals(0, result.exit());
        assertTrue(result.out().contains("why-not"), result.out());
    }

    @Test
    void whenTeachInputEndsWithoutQ_thenItStopsCleanly() {
        CliRun result = CliRun.withInput("n\n", "teach", "--set", "age=40");

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("== Firing 1 of 1 =="), result.out());
        assertTrue(result.out().endsWith("teach [1/1]> \n"), result.out());
    }
}
