package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.k2advisor.Advisor;
import org.k2advisor.FixturePacks;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.PackOptions;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A pack whose text fails the safety checks does not load, unless the user allows it; then every
 * report from it says so before anything else, in text, Markdown and JSON.
 */
class UnsafeTextTest {
    private static final Path UNSAFE = FixturePacks.get("unsafe-text");
    private static final String FIRST_PROBLEM = UNSAFE.resolve("advice.json") + ":306: unsafe text in advice "
            + "\"slowing_evidence\" (certainty statement): reversal claim: K2 reverses calcium build-up in arteries.";
    private static final String WARNING = "This knowledge pack was loaded although its text failed the safety checks: ";
    /** The refusal's one line: the first problem, cut short, then how many more and what to do. */
    private static final String REFUSAL = FIRST_PROBLEM.substring(0, 117) + "... (and 3 more; not loaded: see "
            + "`k2advisor rules check`; allow it with --allow-unsafe-text or PackOptions)";

    @Test
    void whenAnAppLoadsIt_thenItIsRefusedNamingTheFirstProblemHowManyMoreAndHowToAllowIt() {
        KnowledgePackException e = assertThrows(KnowledgePackException.class, () -> Advisor.fromDirectory(UNSAFE));

        assertEquals(REFUSAL, e.getMessage());
        assertTrue(e.getMessage().length() <= BadInputTest.MAX_LINE, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"advise --set age=50", "questions", "claims", "rules", "ask", "explain why-not food_sources --set age=50",
        "explain why consult_professional --set age=67", "teach --set age=50", "what-if --set age=50 --set goal=learn",
        "rules coverage --scenarios src/test/resources/scenarios"})
    void whenACommandReadsIt_thenItIsRefusedOnOneLine(String command) {
        BadInputTest.assertRejected(CliRun.of((command + " --rules " + UNSAFE).split(" ")), REFUSAL);
    }

    @Test
    void whenAnAppAllowsIt_thenEveryReportListsEachProblemAndTheJsonPutsThemFirst() throws Exception {
        Report report = Advisor.fromDirectory(UNSAFE, PackOptions.allowUnsafeText()).advise(Map.of("age", 50));

        assertEquals(4, report.warnings().size(), report.warnings().toString());
        assertEquals(WARNING + FIRST_PROBLEM, report.warnings().get(0));
        JsonNode json = new ObjectMapper().readTree(report.toJson(false));
        assertEquals("warnings", json.fieldNames().next(), "the warnings come before everything else");
        assertEquals(WARNING + FIRST_PROBLEM, json.get("warnings").get(0).asText());
    }

    @Test
    void whenThePackIsSafe_thenThereAreNoWarningsAndTheJsonIsAsBefore() {
        Report report = TestPacks.builtIn().advise(Map.of("age", 50));

        assertEquals(List.of(), report.warnings());
        assertFalse(report.toJson(false).contains("\"warnings\""));
        assertEquals(List.of(), Advisor.fromDirectory(FixturePacks.get("hard-text"), PackOptions.defaults())
                .advise(Map.of("age", 50)).warnings(), "hard text is a rules check finding, not unsafe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text     | WARNING: This knowledge pack was loaded although its text failed the safety",
        "markdown | > **Warning:** " + "This knowledge pack was loaded although its text failed the safety checks: "
                + "target/test-packs/unsafe-text/advice.json:306: unsafe text in advice \"slowing_evidence\"",
        "json     | {"})
    void whenTheUserAllowsIt_thenTheReportSaysSoAtTheTop(String format, String firstLine) {
        CliRun run = CliRun.of("advise", "--set", "age=50", "--format", format, "--rules", UNSAFE.toString(), "--allow-unsafe-text");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().startsWith(firstLine), run.out());
        assertEquals(4, run.count("This knowledge pack was loaded although its text failed the safety"), run.out());
        if (format.equals("json")) {
            assertTrue(run.out().lines().skip(1).findFirst().orElseThrow().startsWith("  \"warnings\""), run.out());
        }
    }

    /** Every output from such a pack says so first, not only reports: explanations, comparisons and teaching too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "WARNING: | explain why slowing_evidence --set age=67 --set goal=slow",
        "> **Warning:** | explain why slowing_evidence --set age=67 --set goal=slow --format markdown",
        "%% WARNING: | explain why slowing_evidence --set age=67 --set goal=slow --format mermaid",
        "// WARNING: | explain why slowing_evidence --set age=67 --set goal=slow --format dot",
        "WARNING: | explain why-not food_sources --set age=50",
        "> **Warning:** | explain why-not food_sources --set age=50 --format markdown",
        "WARNING: | what-if --set age=50 --set goal=slow",
        "> **Warning:** | what-if --set age=50 --set goal=slow --format markdown",
        "WARNING: | teach --set age=50"})
    void whenTheUserAllowsIt_thenEveryExplanationStartsWithTheWarning(String start, String command) {
        CliRun run = CliRun.withInput("q\n", (command + " --allow-unsafe-text --rules " + UNSAFE).split(" "));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith(start + " This knowledge pack was loaded although its text failed the safety"), run.out());
        assertEquals(4, run.count("This knowledge pack was loaded although its text failed the safety"), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | advise --set age=50", "0 | questions", "0 | claims", "0 | rules", "0 | explain why-not food_sources --set age=50",
        "0 | explain why consult_professional --set age=67", "0 | teach --set age=50", "0 | what-if --set age=50 --set goal=learn",
        "0 | rules coverage --scenarios src/test/resources/scenarios",
        // ask with no answers to read stops before its report; what matters is that it got past loading.
        "1 | ask",
        // rules check lists unsafe text as findings either way.
        "1 | rules check"})
    void whenTheUserAllowsIt_thenEveryCommandTakingRulesLoadsIt(int exit, String command) {
        CliRun run = CliRun.withInput("q\n", (command + " --allow-unsafe-text --rules " + UNSAFE).split(" "));

        assertEquals(exit, run.exit(), run.err());
        assertFalse(run.err().contains("not loaded"), run.err());
    }
}
