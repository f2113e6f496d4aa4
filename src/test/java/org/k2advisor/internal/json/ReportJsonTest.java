package org.k2advisor.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.AdviceItem;
import org.k2advisor.Certainty;
import org.k2advisor.Indicator;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.Reason;
import org.k2advisor.Report;
import org.k2advisor.Source;
import org.k2advisor.TestPacks;
import org.k2advisor.TraceStep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON contract holds every part of a report, field by field, in its fixed order: the golden
 * scenarios review the advice through the Java records, so a field the JSON dropped (an item's
 * claims, a trace step's updates) would otherwise go unnoticed by every caller that reads JSON.
 */
class ReportJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void whenEveryScenarioIsWrittenAsJson_thenEachItemAndStepHoldsWhatTheReportHolds() throws Exception {
        for (String name : TestPacks.scenarioNames()) {
            Report report = TestPacks.builtIn().adviseJson(TestPacks.scenarioAnswers(name));

            assertMirrors(report, JSON.readTree(report.toJson(true)), true);
            assertMirrors(report, JSON.readTree(report.toJson(false)), false);
        }
    }

    @Test
    void whenAReportHasWarningsUpdatesAndRetractions_thenTheJsonHasThemToo() throws Exception {
        // Given a report with all the rare parts: warnings, a trace step that updated and retracted facts
        Source source = new Source("s1", "A source", "Someone, 2024", "https://example.org/s1", LocalDate.of(2025, 1, 2));
        AdviceItem item = new AdviceItem("an_item", "Summary.", "Detail.", Indicator.WARNING,
                new Certainty(Certainty.Level.LOW, "We may know."), "Caveat.", List.of("A01", "S02"), List.of(source),
                List.of(new Reason("age", 67L, "you are 67"), new Reason("diabetes", true, "you have diabetes")));
        TraceStep step = new TraceStep(1, "a.rule", List.of("A01"), List.of("Answer(age = 67)"), List.of("Finding(x)"),
                List.of("Answer(goal = slow)"), List.of("Finding(y)", "Advice(z)"));
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("age", 67L);
        answers.put("diabetes", true);
        answers.put("k2_dose_mcg", 90.5);
        answers.put("goal", "slow");
        Report report = new Report("Not advice.", new KnowledgeBaseInfo("pack", "1.2.3", "abc123", LocalDate.of(2025, 3, 4)),
                answers, List.of(item), List.of(step), List.of("unsafe text: one", "unsafe text: two"));

        // When
        JsonNode json = JSON.readTree(report.toJson(true));

        // Then every part is there, the warnings first
        assertMirrors(report, json, true);
        assertEquals("warnings", json.fieldNames().next());
        assertEquals(List.of("Answer(goal = slow)"), strings(json.get("trace").get(0).get("updated")));
        assertEquals(List.of("Finding(y)", "Advice(z)"), strings(json.get("trace").get(0).get("retracted")));
    }

    @Test
    void whenAReportHasNoWarnings_thenTheJsonHasNoWarningsField() throws Exception {
        Report report = TestPacks.builtIn().advise(Map.of("age", 64));

        JsonNode json = JSON.readTree(report.toJson(false));

        assertFalse(json.has("warnings"));
        assertEquals(List.of("disclaimer", "knowledgeBase", "answers", "advice"), names(json));
        assertTrue(report.toJson(false).endsWith("}\n"), "one document, ended by a line break");
        assertTrue(report.toJson(false).contains("\n    \"age\": 64\n"), "pretty: indented, one field a line, a space after the colon");
    }

    private static void assertMirrors(Report report, JsonNode json, boolean withTrace) {
        List<String> fields = new ArrayList<>(report.warnings().isEmpty() ? List.of() : List.of("warnings"));
        fields.addAll(List.of("disclaimer", "knowledgeBase", "answers", "advice"));
        if (withTrace) {
            fields.add("trace");
        }
        assertEquals(fields, names(json));
        if (!report.warnings().isEmpty()) {
            assertEquals(report.warnings(), strings(json.get("warnings")));
        }
        assertEquals(report.disclaimer(), text(json, "disclaimer"));
        JsonNode kb = json.get("knowledgeBase");
        assertEquals(List.of("name", "version", "sha256", "evidenceCheckedOn"), names(kb));
        assertEquals(report.knowledgeBase().name(), text(kb, "name"));
        assertEquals(report.knowledgeBase().version(), text(kb, "version"));
        assertEquals(report.knowledgeBase().sha256(), text(kb, "sha256"));
        assertEquals(report.knowledgeBase().evidenceCheckedOn().toString(), text(kb, "evidenceCheckedOn"));
        assertEquals(new ArrayList<>(report.answers().keySet()), names(json.get("answers")));
        report.answers().forEach((id, value) -> assertEquals(tree(value), json.get("answers").get(id), id));

        assertEquals(report.advice().size(), json.get("advice").size());
        for (int i = 0; i < report.advice().size(); i++) {
            assertItem(report.advice().get(i), json.get("advice").get(i));
        }
        if (withTrace) {
            assertEquals(report.trace().size(), json.get("trace").size());
            for (int i = 0; i < report.trace().size(); i++) {
                TraceStep step = report.trace().get(i);
                JsonNode node = json.get("trace").get(i);
                assertEquals(List.of("step", "rule", "claims", "matched", "inserted", "updated", "retracted"), names(node));
                assertEquals(step.step(), node.get("step").asInt());
                assertEquals(step.rule(), text(node, "rule"));
                assertEquals(step.claims(), strings(node.get("claims")));
                assertEquals(step.matched(), strings(node.get("matched")));
                assertEquals(step.inserted(), strings(node.get("inserted")));
                assertEquals(step.updated(), strings(node.get("updated")));
                assertEquals(step.retracted(), strings(node.get("retracted")));
            }
        }
    }

    private static void assertItem(AdviceItem item, JsonNode node) {
        assertEquals(List.of("id", "summary", "detail", "indicator", "certainty", "caveat", "because", "claims", "sources"),
                names(node), item.id());
        assertEquals(item.id(), text(node, "id"));
        assertEquals(item.summary(), text(node, "summary"));
        assertEquals(item.detail(), text(node, "detail"));
        assertEquals(item.indicator().label(), text(node, "indicator"));
        assertEquals(item.certainty().level().label(), node.get("certainty").get("level").asText());
        assertEquals(item.certainty().statement(), node.get("certainty").get("statement").asText());
        assertEquals(item.caveat(), text(node, "caveat"));
        assertEquals(item.claims(), strings(node.get("claims")), item.id() + " claims");
        assertEquals(item.because().size(), node.get("because").size(), item.id() + " because");
        for (int i = 0; i < item.because().size(); i++) {
            Reason reason = item.because().get(i);
            JsonNode r = node.get("because").get(i);
            assertEquals(List.of("question", "answer", "text"), names(r));
            assertEquals(reason.question(), text(r, "question"));
            assertEquals(tree(reason.answer()), r.get("answer"));
            assertEquals(reason.text(), text(r, "text"));
        }
        assertEquals(item.sources().size(), node.get("sources").size(), item.id() + " sources");
        for (int i = 0; i < item.sources().size(); i++) {
            Source source = item.sources().get(i);
            JsonNode s = node.get("sources").get(i);
            assertEquals(List.of("id", "label", "citation", "url", "checkedOn"), names(s));
            assertEquals(source.id(), text(s, "id"));
            assertEquals(source.label(), text(s, "label"));
            assertEquals(source.citation(), text(s, "citation"));
            assertEquals(source.url(), text(s, "url"));
            assertEquals(source.checkedOn().toString(), text(s, "checkedOn"));
        }
    }

    /** A text field; null where the JSON holds null (a source may have no URL). */
    private static String text(JsonNode node, String field) {
        assertTrue(node.has(field), () -> "no " + field + " in " + node);
        return node.get(field).isNull() ? null : node.get(field).asText();
    }

    /** A value as JSON text read back: 64 is the same number whether it was an Integer or a Long. */
    private static JsonNode tree(Object value) {
        try {
            return JSON.readTree(JSON.writeValueAsString(value));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> strings(JsonNode array) {
        assertTrue(array.isArray(), () -> "not an array: " + array);
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
