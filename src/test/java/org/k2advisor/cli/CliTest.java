package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RISKY = "{\"age\": 67, \"diabetes\": true, \"anticoagulant\": true, \"goal\": \"reverse\"}";

    @Test
    void whenHelpIsAsked_thenEveryCommandIsListedAndExitIs0() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit());
        for (String command : List.of("advise", "questions", "claims", "rules")) {
            assertTrue(run.out().contains(command), command);
        }
        assertTrue(CliRun.of("advise", "--help").out().contains("--answers=FILE|-"));
    }

    @Test
    void whenVersionIsAsked_thenItIsPrinted() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("k2advisor "), run.out());
        // The launcher may pick a newer JDK than the PATH's, so the version names the Java that runs.
        String java = run.out().lines().skip(1).findFirst().orElse("");
        assertTrue(java.startsWith("Java " + System.getProperty("java.runtime.version")), java);
        assertTrue(java.contains(" at " + System.getProperty("java.home")), java);
    }

    @Test
    void givenTheLauncherAskedForAnArchive_whenVersionIsAsked_thenItSaysWhetherTheJvmUsesIt() {
        String before = System.getProperty("k2advisor.launch");
        System.setProperty("k2advisor.launch", "AOT cache");
        try {
            String java = CliRun.of("--version").out().lines().skip(1).findFirst().orElse("");
            boolean sharing = System.getProperty("java.vm.info", "").contains("sharing");
            assertTrue(java.endsWith("; AOT cache " + (sharing ? "in use" : "not usable, started without it")), java);
        } finally {
            if (before == null) {
                System.clearProperty("k2advisor.launch");
            } else {
                System.setProperty("k2advisor.launch", before);
            }
        }
    }

    @Test
    void whenTextIsPrinted_thenTheDisclaimerAppearsOnceAndLinesFit80Columns() {
        for (String name : TestPacks.scenarioNames()) {
            CliRun run = CliRun.withInput(TestPacks.scenarioAnswers(name), "advise", "--answers", "-", "--trace");
            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.err());
            String flowing = run.out().replaceAll("\\s+", " ");
            assertEquals(1, flowing.split(TestPacks.builtIn().disclaimer(), -1).length - 1, name);
            run.out().lines().filter(line -> !line.strip().startsWith("http"))
                    .forEach(line -> assertTrue(line.length() <= 80, name + ": " + line.length() + " columns: " + line));
        }
    }

    @Test
    void whenJsonIsAsked_thenTheContractFieldsArePresent() throws Exception {
        CliRun run = CliRun.withInput(RISKY, "advise", "--answers", "-", "--format", "json", "--trace");
        JsonNode report = JSON.readTree(run.out());
        assertEquals(List.of("disclaimer", "knowledgeBase", "answers", "advice", "trace"), fieldNames(report));
        assertEquals(List.of("name", "version", "sha256", "evidenceCheckedOn"), fieldNames(report.get("knowledgeBase")));
        assertEquals(64, report.get("knowledgeBase").get("sha256").asText().length());
        JsonNode first = report.get("advice").get(0);
        assertEquals(List.of("id", "summary", "detail", "indicator", "certainty", "caveat", "because", "claims", "sources"),
                fieldNames(first));
        assertEquals(List.of("level", "statement"), fieldNames(first.get("certainty")));
        assertEquals(List.of("question", "answer", "text"), fieldNames(first.get("because").get(0)));
        assertEquals("anticoagulant", first.get("because").get(0).get("question").asText());
        assertEquals("vka", first.get("because").get(0).get("answer").asText());
        assertEquals(List.of("id", "label", "citation", "url", "checkedOn"), fieldNames(first.get("sources").get(0)));
        assertEquals("anticoagulant_interaction", first.get("id").asText());
        assertEquals("critical", first.get("indicator").asText());
        assertEquals(List.of("step", "rule", "claims", "matched", "inserted", "updated", "retracted"),
                fieldNames(report.get("trace").get(0)));
        assertTrue(CliRun.withInput(RISKY, "advise", "--answers", "-", "--format", "json").out().indexOf("\"trace\"") < 0);
    }

    @Test
    void whenSetIsGivenWithAFile_thenSetOverridesTheFile() throws Exception {
        CliRun run = CliRun.withInput(RISKY, "advise", "--answers", "-", "--set", "anticoagulant=false", "--format", "json");
        JsonNode report = JSON.readTree(run.out());
        // false is the version-1 spelling of "none"; the report shows the canonical value
        assertEquals("none", report.get("answers").get("anticoagulant").asText());
        assertTrue(report.get("advice").findValuesAsText("id").stream().noneMatch("anticoagulant_interaction"::equals));
    }

    @Test
    void whenMarkdownIsAsked_thenItHasSectionsSourcesAndTheDisclaimer() {
        CliRun run = CliRun.withInput(RISKY, "advise", "--answers", "-", "--format", "markdown", "--trace");
        String md = run.out();
        assertTrue(md.startsWith("# K2 Advisor: what the evidence says for your answers"), md);
        assertTrue(md.contains("> K2 Advisor gives general education"));
        assertTrue(md.contains("**Keep in mind:**") && md.contains("**Why:** Because ") && md.contains("## Reasoning"));
        // The advice comes first, then the person's answers in words, then the references, once, at the end
        int advice = md.indexOf("## 1. "), answers = md.indexOf("## Your answers"), references = md.indexOf("## References");
        assertTrue(advice > 0 && advice < answers && answers < references, md);
        assertTrue(md.contains("- How old are you, in whole years? **67 years**"), md);
        assertEquals(1, md.split("## References", -1).length - 1, md);
    }

    @Test
    void whenListingsAreAsked_thenTextAndJsonCoverThePack() throws Exception {
        int questions = TestPacks.builtIn().questions().size();
        assertEquals(questions, JSON.readTree(CliRun.of("questions", "--format", "json").out()).size());
        assertTrue(CliRun.of("questions").out().contains("cac_score"));
        assertEquals(TestPacks.builtIn().claims().size(), JSON.readTree(CliRun.of("claims", "--format", "json").out()).size());
        assertTrue(CliRun.of("claims").out().contains("Correction:"));
        assertEquals(TestPacks.builtIn().rules().size(), JSON.readTree(CliRun.of("rules", "--format", "json").out()).size());
        assertTrue(CliRun.of("rules").out().contains("finding.cac.subgroup_400"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
