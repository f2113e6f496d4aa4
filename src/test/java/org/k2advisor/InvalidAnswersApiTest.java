package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;

/**
 * What an embedding app gets for answers it should not have sent: a documented exception every
 * time, listing every problem, never NumberFormatException, ArithmeticException or a message a
 * megabyte long.
 */
class InvalidAnswersApiTest {
    /** The longest message a bad value may produce: values are echoed at most ~40 characters. */
    private static final int MAX_MESSAGE = 200;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("age", Double.NaN, Code.WRONG_TYPE, "age: expected a whole number from 0 to 130 or \"unknown\", got NaN"),
                Arguments.of("cac_score", Float.NaN, Code.WRONG_TYPE, "cac_score: expected a number from 0 to 20000 or \"unknown\", got NaN"),
                Arguments.of("age", Double.POSITIVE_INFINITY, Code.OUT_OF_RANGE, "age: Infinity is out of range"),
                Arguments.of("k2_dose_mcg", Double.NEGATIVE_INFINITY, Code.OUT_OF_RANGE, "k2_dose_mcg: -Infinity is out of range"),
                Arguments.of("age", new BigDecimal("1e999999999"), Code.OUT_OF_RANGE, "age: 1E+999999999 is out of range"),
                Arguments.of("age", new BigDecimal("1e2147483647"), Code.OUT_OF_RANGE, "age: 1E+2147483647 is out of range"),
                Arguments.of("k2_dose_mcg", BigInteger.TEN.pow(100_000), Code.TOO_LONG, "k2_dose_mcg: a whole number of about 100000 digits is too long"),
                Arguments.of("age", new BigDecimal(BigInteger.TEN.pow(100_000), 100_000), Code.TOO_LONG, "age: a number of about 100000 digits is too long"),
                Arguments.of("age", "1e999999999", Code.OUT_OF_RANGE, "age: 1e999999999 is out of range"),
                Arguments.of("diabetes", null, Code.WRONG_TYPE, "diabetes: expected true, false or \"unknown\", got null"),
                Arguments.of("goal", "x".repeat(1_000_000), Code.WRONG_TYPE, "got \"" + "x".repeat(40) + "... (1000000 characters)\""));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badValues")
    void whenAMapHoldsAValueNoQuestionAllows_thenInvalidAnswersExceptionNamesFieldAndCode(String id, Object value, Code code,
            String expected) {
        // Given a map with one bad value
        Map<String, Object> answers = new HashMap<>();
        answers.put(id, value);

        // When / Then
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> TestPacks.builtIn().advise(answers));
        assertAll(
                () -> assertEquals(id, e.field()),
                () -> assertEquals(code, e.code()),
                () -> assertEquals(1, e.problems().size(), e.problems().toString()),
                () -> assertTrue(e.getMessage().contains(expected), e.getMessage()),
                () -> assertTrue(e.getMessage().length() <= MAX_MESSAGE, "a message of " + e.getMessage().length() + " characters"));
    }

    @Test
    void whenTheAnswersThemselvesAreNull_thenANullPointerExceptionSaysWhat() {
        Advisor advisor = TestPacks.builtIn();

        NullPointerException map = assertThrows(NullPointerException.class, () -> advisor.advise(null));
        NullPointerException json = assertThrows(NullPointerException.class, () -> advisor.adviseJson(null));
        NullPointerException validate = assertThrows(NullPointerException.class, () -> advisor.validate(null));

        assertEquals("answers must not be null; pass an empty map for no answers", map.getMessage());
        assertEquals("answers JSON must not be null", json.getMessage());
        assertEquals(map.getMessage(), validate.getMessage());
    }

    @Test
    void whenAKeyIsNull_thenItIsAnUnknownIdOfTheAnswersAsAWhole() {
        Map<String, Object> answers = new HashMap<>();
        answers.put(null, true);
        answers.put("age", 67);

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> TestPacks.builtIn().advise(answers));

        assertEquals(List.of(new Problem(Code.UNKNOWN_ID, "answers", "an answer id is null")), e.problems());
    }

    @Test
    void whenSeveralAnswersAreBad_thenEveryProblemIsListedAndTheFirstIsTheMessage() {
        // Given an unknown id, a wrong type, a value out of range and an answer whose gate says no
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("goal", "cure");
        answers.put("age", 200);
        answers.put("k2_supplement", false);
        answers.put("k2_dose_mcg", 100);
        answers.put("diabetis", true);

        // When
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> TestPacks.builtIn().validate(answers));

        // Then all four, unknown ids first, then in the questionnaire's order
        assertEquals(List.of(Code.UNKNOWN_ID, Code.OUT_OF_RANGE, Code.NOT_APPLICABLE, Code.WRONG_TYPE),
                e.problems().stream().map(Problem::code).toList());
        assertEquals(List.of("diabetis", "age", "k2_dose_mcg", "goal"), e.problems().stream().map(Problem::field).toList());
        assertEquals("k2_dose_mcg: applies only when k2_supplement is true (it is false)", e.problems().get(2).toString());
        // And the single-problem view callers used before still describes the first
        assertEquals("diabetis", e.field());
        assertEquals("diabetis: unknown answer id (did you mean \"diabetes\"?)", e.getMessage());
        assertEquals(List.of("malformed_json", "not_utf8", "unreadable", "too_long", "unknown_id", "wrong_type", "out_of_range",
                "not_applicable", "gate_unanswered", "usage", "invalid_fhir"), Stream.of(Code.values()).map(Code::id).toList(), "the ids are a stable contract");
    }

    @Test
    void whenAnAnswerImpliesItsGate_thenTheReportShowsTheGateAnswered() {
        // Given a calcium score, a dialysis answer and a dose, each without the answer that gates it
        Report report = TestPacks.builtIn().advise(Map.of("cac_score", 250, "dialysis", "yes", "k2_dose_mcg", 90));

        // Then each gate is implied, in questionnaire order
        assertEquals(List.of("kidney_disease", "dialysis", "cac_scan", "cac_score", "k2_supplement", "k2_dose_mcg"),
                List.copyOf(report.answers().keySet()));
        assertEquals(true, report.answers().get("cac_scan"));
        assertEquals(true, report.answers().get("kidney_disease"));
        assertEquals(true, report.answers().get("k2_supplement"));
        // And the rules see them as if given: the same report as with the gates answered
        Report explicit = TestPacks.builtIn().advise(Map.of("cac_scan", true, "cac_score", 250, "kidney_disease", true,
                "dialysis", "yes", "k2_supplement", true, "k2_dose_mcg", 90));
        assertEquals(explicit, report);
    }

    @Test
    void whenANoOrDontKnowAnswerHasNoGate_thenNothingIsImpliedAndEachIsReportedWithTheOtherProblems() {
        // Given "no" and "don't know" to three gated questions, none with its gate, beside a bad age
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("dialysis", false);
        answers.put("age", 300);
        answers.put("vitamin_d_high", "no");
        answers.put("cac_score", "unknown");

        // When
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> TestPacks.builtIn().validate(answers));

        // Then no gate is invented: each answer asks for its gate, all at once, in questionnaire order
        assertEquals(List.of("age", "dialysis", "cac_score", "vitamin_d_high"), e.problems().stream().map(Problem::field).toList());
        assertEquals(List.of(Code.OUT_OF_RANGE, Code.GATE_UNANSWERED, Code.GATE_UNANSWERED, Code.GATE_UNANSWERED),
                e.problems().stream().map(Problem::code).toList());
        assertEquals("dialysis: answer kidney_disease first: dialysis applies only when kidney_disease is true, and \"no\" to "
                + "dialysis does not say whether it is", e.problems().get(1).toString());
    }

    @Test
    void whenJsonHasSomethingAfterTheObject_thenItIsMalformed() {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class,
                () -> TestPacks.builtIn().adviseJson("{\"age\": 67}\n{\"age\": 68}"));

        assertEquals(Code.MALFORMED_JSON, e.code());
        assertEquals("answers", e.field());
    }

    @Test
    void whenJsonStartsWithAByteOrderMark_thenItIsIgnored() {
        assertEquals(TestPacks.builtIn().adviseJson("{\"age\": 67}"), TestPacks.builtIn().adviseJson("\uFEFF{\"age\": 67}"));
    }

    @Test
    void whenProblemsAreWrittenAsJson_thenEachHasItsCodeFieldAndMessage() {
        InvalidAnswersException e = new InvalidAnswersException(java.util.List.of(
                new InvalidAnswersException.Problem(InvalidAnswersException.Code.UNKNOWN_ID, "agee", "no question has this id"),
                new InvalidAnswersException.Problem(InvalidAnswersException.Code.OUT_OF_RANGE, "age", "300 is \"too\" high")));

        assertEquals("""
                {
                  "problems": [ {
                    "code": "unknown_id",
                    "field": "agee",
                    "message": "no question has this id"
                  }, {
                    "code": "out_of_range",
                    "field": "age",
                    "message": "300 is \\"too\\" high"
                  } ]
                }""", e.toJson().strip());
    }
}
