package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;

/**
 * What an embedding app gets for answers it should not have sent: a documented exception every
 * time, listing every problem.
 */
class InvalidAnswersApiTest {
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
                "not_applicable", "usage"), Stream.of(Code.values()).map(Code::id).toList(), "the ids are a stable contract");
    }
}
