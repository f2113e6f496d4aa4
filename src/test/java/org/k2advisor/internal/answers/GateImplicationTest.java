package org.k2advisor.internal.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;
import org.k2advisor.Question;

/**
 * Gates implied from the questionnaire's {@code when} alone, on a small questionnaire of its own:
 * a chain of single-valued gates, and a gate that allows a list of values, as packs may soon write.
 */
class GateImplicationTest {
    private static final Question SEX = question("sex", "choice", Map.of(), List.of("female", "male", "other"));
    private static final Question SCAN = question("scan", "boolean", Map.of(), List.of());
    private static final Question SCORE = question("score", "number", Map.of("scan", true), List.of());
    /** 0 as JSON reads it from a pack, an Integer, where answers hold the canonical Long. */
    private static final Question REPEAT = question("repeat_scan", "boolean", Map.of("score", 0), List.of());
    private static final Question PREGNANT = question("pregnant", "boolean", Map.of("sex", List.of("female", "other")), List.of());
    private static final Question MENOPAUSE = question("menopause", "boolean", Map.of("sex", List.of("female")), List.of());
    private static final Question KIDNEY = question("kidney", "boolean", Map.of(), List.of());
    private static final Question DIALYSIS = question("dialysis", "boolean", Map.of("kidney", true), List.of());
    private static final Question SCAN_KIND = question("scan_kind", "choice", Map.of("scan", true), List.of("ct", "other", "unknown"));
    private static final AnswerNormalizer NORMALIZER = new AnswerNormalizer(
            List.of(SEX, SCAN, SCORE, REPEAT, PREGNANT, MENOPAUSE, KIDNEY, DIALYSIS, SCAN_KIND), Map.of());

    @Test
    void whenAGatedAnswerComesWithoutItsGate_thenTheGateIsImpliedAndListedInOrder() {
        Map<String, Object> answers = NORMALIZER.normalize(Map.of("score", 120));

        assertEquals(List.of("scan", "score"), List.copyOf(answers.keySet()));
        assertEquals(true, answers.get("scan"));
    }

    @Test
    void whenGatesChain_thenEachGateBackToTheFirstIsImplied() {
        // repeat_scan needs score 0, which needs scan: true
        Map<String, Object> answers = NORMALIZER.normalize(Map.of("repeat_scan", "yes"));

        assertEquals(Map.of("scan", true, "score", 0L, "repeat_scan", true), answers);
        assertEquals(List.of("scan", "score", "repeat_scan"), List.copyOf(answers.keySet()));
    }

    @Test
    void whenANumericGateIsWrittenAsAnInteger_thenItHoldsForTheCanonicalLong() {
        assertEquals(Map.of("scan", true, "score", 0L, "repeat_scan", false),
                NORMALIZER.normalize(Map.of("scan", true, "score", "0", "repeat_scan", false)));
    }

    @Test
    void whenTheGateAllowsAListOfOneValue_thenThatValueIsImplied() {
        assertEquals("female", NORMALIZER.normalize(Map.of("menopause", true)).get("sex"));
    }

    @Test
    void whenTheGateAllowsSeveralValues_thenNothingIsImpliedAndTheAllowedValuesAreNamed() {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> NORMALIZER.normalize(Map.of("pregnant", true)));

        assertEquals(List.of(new Problem(Code.GATE_UNANSWERED, "pregnant",
                "answer sex first: pregnant applies only when sex is one of \"female\", \"other\"")), e.problems());
    }

    @Test
    void whenAYesNoAnswerIsYes_thenItImpliesItsGate() {
        assertEquals(Map.of("kidney", true, "dialysis", true), NORMALIZER.normalize(Map.of("dialysis", "yes")));
    }

    @Test
    void whenAYesNoAnswerIsNo_thenItImpliesNothingAndAsksForTheGate() {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> NORMALIZER.normalize(Map.of("dialysis", false)));

        assertEquals(List.of(new Problem(Code.GATE_UNANSWERED, "dialysis", "answer kidney first: dialysis applies only when "
                + "kidney is true, and \"no\" to dialysis does not say whether it is")), e.problems());
    }

    @Test
    void whenAnAnswerIsDontKnow_thenItImpliesNothing_whateverTheKindOfQuestion() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("score", "don't know");
        answers.put("dialysis", "unknown");

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> NORMALIZER.normalize(answers));

        assertEquals(List.of("score: answer scan first: score applies only when scan is true, and \"don't know\" to score "
                + "does not say whether it is", "dialysis: answer kidney first: dialysis applies only when kidney is true, "
                + "and \"don't know\" to dialysis does not say whether it is"),
                e.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of(Code.GATE_UNANSWERED, Code.GATE_UNANSWERED), e.problems().stream().map(Problem::code).toList());
    }

    @Test
    void whenAChoiceIsGiven_thenItImpliesNothing_asTheQuestionnaireSaysNoChoiceAffirmsItsGate() {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> NORMALIZER.normalize(Map.of("scan_kind", "ct")));

        assertEquals(Code.GATE_UNANSWERED, e.code());
        assertEquals("scan_kind", e.field());
    }

    @Test
    void whenANonAffirmingAnswerHasItsGateAnswered_thenItIsAccepted() {
        assertEquals(Map.of("kidney", true, "dialysis", false), NORMALIZER.normalize(Map.of("kidney", true, "dialysis", "no")));
        assertEquals(Map.of("scan", true, "score", "unknown"), NORMALIZER.normalize(Map.of("scan", true, "score", "unknown")));
    }

    @Test
    void whenOnlyAffirmingAnswersImply_thenTheRuleIsOneMethod() {
        assertEquals(true, GateImplication.affirms(DIALYSIS, true));
        assertEquals(false, GateImplication.affirms(DIALYSIS, false));
        assertEquals(false, GateImplication.affirms(DIALYSIS, "unknown"));
        assertEquals(true, GateImplication.affirms(SCORE, 0L));
        assertEquals(true, GateImplication.affirms(SCORE, 12.5));
        assertEquals(false, GateImplication.affirms(SCORE, "unknown"));
        assertEquals(false, GateImplication.affirms(SCAN_KIND, "ct"));
    }

    @Test
    void whenTheGateIsOneOfSeveralAllowedValues_thenTheAnswerApplies() {
        assertEquals(Map.of("sex", "other", "pregnant", false), NORMALIZER.normalize(Map.of("sex", "other", "pregnant", false)));
    }

    @Test
    void whenTheGateIsAnsweredTheOtherWay_thenItStaysAnErrorNamingBothValues() {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class,
                () -> NORMALIZER.normalize(Map.of("sex", "male", "pregnant", false, "scan", "no", "score", 10)));

        assertEquals(List.of("score: applies only when scan is true (it is false)",
                "pregnant: applies only when sex is one of \"female\", \"other\" (it is \"male\")"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void whenAGateIsGivenWithAnotherValue_thenItIsNotOverriddenButReported() {
        // score 50 implies scan: true; repeat_scan needs score 0, but score is 50
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("score", 50);
        answers.put("repeat_scan", true);

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> NORMALIZER.normalize(answers));

        assertEquals("repeat_scan: applies only when score is 0 (it is 50)", e.getMessage());
    }

    @Test
    void whenAnImpliedGateContradictsAnotherAnswer_thenTheMessageSaysWhichAnswerImpliedIt() {
        Question a = question("a", "boolean", Map.of(), List.of());
        Question b = question("b", "boolean", Map.of("a", true), List.of());
        Question c = question("c", "boolean", Map.of("a", false), List.of());
        AnswerNormalizer normalizer = new AnswerNormalizer(List.of(a, b, c), Map.of());

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> normalizer.normalize(Map.of("b", true, "c", true)));

        assertEquals("b: applies only when a is true (it is false, implied by c)", e.getMessage());
    }

    @Test
    void whenTheGateItselfIsInvalid_thenOnlyItsOwnProblemIsReported() {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class,
                () -> NORMALIZER.normalize(Map.of("scan", "perhaps", "score", 10)));

        assertEquals(List.of("scan"), e.problems().stream().map(Problem::field).toList());
    }

    /** Questions are built here only, so a new component of Question changes one line. */
    private static Question question(String id, String type, Map<String, Object> when, List<String> choices) {
        Map<String, List<Object>> gates = new java.util.LinkedHashMap<>();
        when.forEach((gate, value) -> gates.put(gate, value instanceof List<?> values ? List.copyOf(values) : List.of(value)));
        return new Question(id, id, Question.Kind.fromLabel(type), id + "?", "why " + id,
                choices.stream().map(c -> new org.k2advisor.Choice(c, c)).toList(), null, null, null, gates, null, null);
    }
}
