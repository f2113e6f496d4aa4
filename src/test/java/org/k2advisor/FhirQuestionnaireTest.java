package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The FHIR Questionnaire says what the pack's questionnaire says, question by question: checked
 * against {@link Advisor#questions()}, never against a copy, so a new question or a changed gate
 * is checked without touching this test. (Whether FHIR accepts it is FhirValidationTest's job.)
 */
class FhirQuestionnaireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final JsonNode QUESTIONNAIRE = read(ADVISOR.questionnaireAsFhir());
    private static final String YES_NO = "https://k2advisor.org/fhir/CodeSystem/k2-advisor-yes-no-unknown";

    @Test
    void whenWritten_thenItIsOurCanonicalQuestionnaireAtThePacksVersion() {
        assertEquals("Questionnaire", QUESTIONNAIRE.path("resourceType").asText());
        assertEquals("https://k2advisor.org/fhir/Questionnaire/k2-advisor", QUESTIONNAIRE.path("url").asText());
        assertEquals(ADVISOR.knowledgeBase().version(), QUESTIONNAIRE.path("version").asText());
        assertEquals("active", QUESTIONNAIRE.path("status").asText());
        assertEquals(ADVISOR.knowledgeBase().evidenceCheckedOn().toString(), QUESTIONNAIRE.path("date").asText());
        // The disclaimer is the description, and the first thing a form shows
        assertEquals(ADVISOR.disclaimer(), QUESTIONNAIRE.path("description").asText());
        assertTrue(ADVISOR.disclaimer().contains("not medical advice"));
        assertEquals(ADVISOR.disclaimer(), QUESTIONNAIRE.path("item").get(0).path("text").asText());
        assertEquals("display", QUESTIONNAIRE.path("item").get(0).path("type").asText());
    }

    @Test
    void whenWritten_thenEachQuestionIsOneOptionalItemInInterviewOrder() {
        List<JsonNode> items = questionItems();
        assertEquals(ADVISOR.questions().stream().map(Question::id).toList(),
                items.stream().map(item -> item.path("linkId").asText()).toList());
        for (int i = 0; i < items.size(); i++) {
            Question question = ADVISOR.questions().get(i);
            JsonNode item = items.get(i);
            assertEquals(question.text(), item.path("text").asText(), question.id());
            assertEquals(switch (question.kind()) {
                case BOOLEAN, CHOICE -> "choice";
                case INTEGER -> "integer";
                case NUMBER -> "decimal";
            }, item.path("type").asText(), question.id());
            // A question left out counts as not answered, so no item is required
            assertFalse(item.path("required").asBoolean(true), question.id());
            assertFalse(item.path("repeats").asBoolean(true), question.id());
        }
    }

    @Test
    void whenWritten_thenChoicesAndYesNoUnknownAreAnswerOptions() {
        for (Question question : ADVISOR.questions()) {
            JsonNode options = item(question.id()).path("answerOption");
            List<String> codes = new ArrayList<>();
            options.forEach(option -> codes.add(option.path("valueCoding").path("code").asText()));
            switch (question.kind()) {
                case BOOLEAN -> {
                    assertEquals(List.of("yes", "no", "unknown"), codes, question.id());
                    options.forEach(option -> assertEquals(YES_NO, option.path("valueCoding").path("system").asText()));
                }
                case CHOICE -> {
                    assertEquals(question.choiceValues(), codes, question.id());
                    for (int i = 0; i < question.choices().size(); i++) {
                        assertEquals(question.choices().get(i).label(), options.get(i).path("valueCoding").path("display").asText());
                    }
                }
                case INTEGER, NUMBER -> assertTrue(options.isMissingNode(), question.id());
            }
        }
    }

    @Test
    void whenWritten_thenBoundsAreMinValueAndMaxValueOfTheItemsType() {
        for (Question question : ADVISOR.questions().stream().filter(q -> q.kind().numeric()).toList()) {
            Map<String, JsonNode> extensions = new HashMap<>();
            item(question.id()).path("extension").forEach(e -> extensions.put(e.path("url").asText(), e));
            String value = question.kind() == Question.Kind.INTEGER ? "valueInteger" : "valueDecimal";
            assertEquals(new BigDecimal(question.min().toString()),
                    extensions.get("http://hl7.org/fhir/StructureDefinition/minValue").path(value).decimalValue(), question.id());
            assertEquals(new BigDecimal(question.max().toString()),
                    extensions.get("http://hl7.org/fhir/StructureDefinition/maxValue").path(value).decimalValue(), question.id());
        }
    }

    @Test
    void whenWritten_thenEachGateIsAnEnableWhenAndSeveralValuesMeanAny() {
        int gated = 0;
        for (Question question : ADVISOR.questions()) {
            JsonNode item = item(question.id());
            List<String> expected = new ArrayList<>();
            question.when().forEach((gate, values) -> values.forEach(value ->
                    expected.add(gate + " = " + (value instanceof Boolean yes ? (yes ? "yes" : "no") : value))));
            List<String> actual = new ArrayList<>();
            item.path("enableWhen").forEach(condition -> actual.add(condition.path("question").asText() + " "
                    + condition.path("operator").asText() + " " + condition.path("answerCoding").path("code").asText()));
            assertEquals(expected, actual, question.id());
            if (expected.size() > 1) {
                assertEquals("any", item.path("enableBehavior").asText(), question.id());
            }
            gated += expected.isEmpty() ? 0 : 1;
        }
        assertEquals(ADVISOR.questions().stream().filter(q -> !q.when().isEmpty()).count(), gated);
        assertEquals(2, item("pregnant").path("enableWhen").size(), "sex is female or other");
    }

    @Test
    void whenWritten_thenWhyWeAskIsAHelpItemInsideItsQuestion() {
        for (Question question : ADVISOR.questions()) {
            JsonNode help = item(question.id()).path("item").get(0);
            assertNotNull(help, question.id());
            assertEquals(question.id() + ".help", help.path("linkId").asText());
            assertEquals("display", help.path("type").asText());
            assertEquals(question.help(), help.path("text").asText());
            JsonNode control = help.path("extension").get(0);
            assertEquals("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl", control.path("url").asText());
            assertEquals("help", control.path("valueCodeableConcept").path("coding").get(0).path("code").asText());
        }
    }

    @Test
    void whenTheCodeSystemsAreWritten_thenEveryAnswerOptionIsOneOfTheirConceptsWordForWord() {
        JsonNode bundle = read(ADVISOR.answerCodesAsFhir());
        Map<String, String> concepts = new HashMap<>();
        bundle.path("entry").forEach(entry -> {
            JsonNode codeSystem = entry.path("resource");
            assertEquals(ADVISOR.knowledgeBase().version(), codeSystem.path("version").asText());
            assertEquals(codeSystem.path("url").asText(), entry.path("fullUrl").asText());
            codeSystem.path("concept").forEach(concept -> concepts.put(codeSystem.path("url").asText() + "#"
                    + concept.path("code").asText(), concept.path("display").asText()));
        });
        int options = 0;
        for (JsonNode item : questionItems()) {
            for (JsonNode option : item.path("answerOption")) {
                JsonNode coding = option.path("valueCoding");
                assertEquals(coding.path("display").asText(), concepts.get(coding.path("system").asText() + "#"
                        + coding.path("code").asText()), coding.toString());
                options++;
            }
        }
        assertTrue(options > 20, "options checked: " + options);
    }

    @Test
    void whenWrittenFromEitherBuildPath_thenTheBytesAreTheSame() {
        assertEquals(ADVISOR.questionnaireAsFhir(), TestPacks.fromDrl().questionnaireAsFhir());
        assertEquals(ADVISOR.answerCodesAsFhir(), ADVISOR.answerCodesAsFhir());
    }

    private static List<JsonNode> questionItems() {
        List<JsonNode> items = new ArrayList<>();
        QUESTIONNAIRE.path("item").forEach(item -> {
            if (!item.path("type").asText().equals("display")) {
                items.add(item);
            }
        });
        return items;
    }

    private static JsonNode item(String linkId) {
        return questionItems().stream().filter(item -> item.path("linkId").asText().equals(linkId)).findFirst().orElseThrow();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
