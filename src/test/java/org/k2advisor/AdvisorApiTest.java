package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AdvisorApiTest {

    @Test
    void whenTheReadmeEmbeddingSnippetRuns_thenItGivesCaveatedAdviceAndTheJsonContract() {
        // The README's snippet, as written there (with the output collected instead of printed).
        Advisor advisor = Advisor.builtIn();
        Report report = advisor.advise(Map.of("age", 67, "diabetes", true, "goal", "reverse"));
        StringBuilder printed = new StringBuilder();
        for (AdviceItem item : report.advice()) {
            printed.append(item.indicator() + " " + item.summary() + " (" + item.caveat() + ")\n");
        }
        String json = advisor.adviseJson("{\"age\": 67}").toJson(false);

        assertTrue(printed.toString().startsWith("WARNING Talk with a doctor, nurse or pharmacist"), printed.toString());
        assertTrue(printed.toString().contains("INFO No trial in people has shown K2 removing calcium"));
        assertTrue(json.startsWith("{\n  \"disclaimer\": "), json);
    }

    @Test
    void whenTypedAnswersAreGiven_thenTheyAreNormalizedInQuestionnaireOrder() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("goal", "SLOW");
        raw.put("cac_score", 120.0);
        raw.put("cac_scan", "yes");
        raw.put("age", 61);
        raw.put("diabetes", "don't know");
        Report report = TestPacks.builtIn().advise(raw);
        assertEquals(List.of("age", "diabetes", "cac_scan", "cac_score", "goal"), List.copyOf(report.answers().keySet()));
        assertEquals(61L, report.answers().get("age"));
        assertEquals("unknown", report.answers().get("diabetes"));
        assertEquals(true, report.answers().get("cac_scan"));
        assertEquals(120L, report.answers().get("cac_score"));
        assertEquals("slow", report.answers().get("goal"));
    }

    @Test
    void whenAnswersAreValidated_thenTheCanonicalAnswersComeBackImpliedGatesIncluded() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("k2_dose_mcg", 90.5f);
        raw.put("goal", " Slow ");
        raw.put("diabetes", "Yes");
        raw.put("age", 61);

        Map<String, Object> canonical = TestPacks.builtIn().validate(raw);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("age", 61L);
        expected.put("diabetes", true);
        expected.put("k2_supplement", true); // implied by the dose
        expected.put("k2_dose_mcg", 90.5);
        expected.put("goal", "slow");
        assertEquals(expected, canonical);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(canonical.keySet()), "questionnaire order");
        assertEquals(canonical, TestPacks.builtIn().advise(raw).answers(), "what the report's answers show");
        assertEquals(Map.of(), TestPacks.builtIn().validate(Map.of()));
    }

    @Test
    void whenSourcesAreListed_thenEachCitedSourceIsThereOnceInIdOrder() {
        List<Source> sources = TestPacks.builtIn().sources();
        List<String> ids = sources.stream().map(Source::id).toList();

        assertEquals(ids.stream().sorted().toList(), ids, "ordered by id");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "each once");
        for (Claim claim : TestPacks.builtIn().claims()) {
            assertTrue(ids.containsAll(claim.sources()), claim.id() + " cites " + claim.sources());
        }
        for (AdviceItem item : TestPacks.builtIn().catalogue()) {
            assertTrue(sources.containsAll(item.sources()), item.id());
        }
        assertTrue(ids.contains("emergency-policy"), ids.toString());
    }

    @Test
    void whenAnswersAreInvalid_thenTheExceptionNamesTheField() {
        InvalidAnswersException error = assertThrows(InvalidAnswersException.class,
                () -> TestPacks.builtIn().advise(Map.of("age", -3)));
        assertEquals("age", error.field());
    }

    @Test
    void whenAReportIsReturned_thenItCannotBeChanged() {
        Report report = TestPacks.builtIn().advise(Map.of("age", 70));
        assertThrows(UnsupportedOperationException.class, () -> report.advice().clear());
        assertThrows(UnsupportedOperationException.class, () -> report.answers().put("age", 1));
        assertThrows(UnsupportedOperationException.class, () -> report.trace().clear());
    }

    @Test
    void whenAnswersAreLeftOutOrUnknown_thenTheyAreTreatedDifferently() {
        Report missing = TestPacks.builtIn().advise(Map.of("age", 40));
        Report unknown = TestPacks.builtIn().advise(Map.of("age", 40, "diabetes", "unknown"));
        assertTrue(missing.advice().stream().noneMatch(a -> a.id().equals("uncertain_risk_factors")));
        assertTrue(unknown.advice().stream().anyMatch(a -> a.id().equals("uncertain_risk_factors")));
    }

    @Test
    void whenTheKnowledgeBaseIsDescribed_thenBothBuildPathsAgreeOnNameVersionAndHash() {
        assertEquals(TestPacks.builtIn().knowledgeBase(), TestPacks.fromDrl().knowledgeBase());
        assertTrue(TestPacks.builtIn().knowledgeBase().sha256().matches("[0-9a-f]{64}"));
    }
}
