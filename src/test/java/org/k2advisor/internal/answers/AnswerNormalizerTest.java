package org.k2advisor.internal.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.Question;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

/**
 * One answer of any Java type, as an embedding app may pass it, judged by the built-in questionnaire:
 * the canonical value (Boolean, Long for a whole number, Double otherwise, "unknown", a choice value)
 * or the problem's code and words.
 */
class AnswerNormalizerTest {
    private static final KnowledgePack PACK = PackReader.builtIn();
    private static final AnswerNormalizer NORMALIZER = PACK.normalizer();

    static Stream<Arguments> accepted() {
        return Stream.of(
                // Whole numbers of every Java type become a Long
                Arguments.of("age", 64, 64L),
                Arguments.of("age", 64L, 64L),
                Arguments.of("age", (short) 64, 64L),
                Arguments.of("age", (byte) 64, 64L),
                Arguments.of("age", 64.0, 64L),
                Arguments.of("age", 64.0f, 64L),
                Arguments.of("age", new BigDecimal("64.00"), 64L),
                Arguments.of("age", BigInteger.valueOf(64), 64L),
                Arguments.of("age", new AtomicInteger(64), 64L),
                Arguments.of("age", " 64 ", 64L),
                Arguments.of("age", "64.0", 64L),
                Arguments.of("age", 0, 0L),
                Arguments.of("age", 130, 130L),
                Arguments.of("k2_dose_mcg", 100_000, 100_000L),
                Arguments.of("k2_dose_mcg", 0L, 0L),
                // Other numbers become a Double, unless one is whole once it is a double
                Arguments.of("k2_dose_mcg", 90.5, 90.5),
                Arguments.of("k2_dose_mcg", 90.5f, 90.5),
                Arguments.of("k2_dose_mcg", "90.5", 90.5),
                Arguments.of("k2_dose_mcg", new BigDecimal("90.50"), 90.5),
                Arguments.of("cac_score", -0.0, 0L),
                Arguments.of("k2_dose_mcg", new BigDecimal("99.99999999999999999"), 100L),
                // "Don't know" in its spellings
                Arguments.of("age", "unknown", "unknown"),
                Arguments.of("age", "Don't Know", "unknown"),
                Arguments.of("cac_score", " not sure ", "unknown"),
                Arguments.of("diabetes", "dont know", "unknown"),
                Arguments.of("anticoagulant", "don't know", "unknown"),
                // Yes and no in their spellings
                Arguments.of("diabetes", true, true),
                Arguments.of("diabetes", Boolean.FALSE, false),
                Arguments.of("diabetes", " YES ", true),
                Arguments.of("diabetes", "y", true),
                Arguments.of("diabetes", "True", true),
                Arguments.of("diabetes", "n", false),
                Arguments.of("diabetes", "no", false),
                Arguments.of("diabetes", "false", false),
                // Choices, with the questionnaire's older spellings of a choice
                Arguments.of("sex", "Female", "female"),
                Arguments.of("natto", " often ", "often"),
                Arguments.of("anticoagulant", true, "vka"),
                Arguments.of("anticoagulant", false, "none"),
                Arguments.of("anticoagulant", "Yes", "vka"),
                Arguments.of("anticoagulant", "no", "none"));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @MethodSource("accepted")
    void whenAValueOfAnyTypeIsAllowed_thenItBecomesItsCanonicalForm(String id, Object value, Object canonical) {
        Object result = NORMALIZER.normalizeValue(question(id), value);

        assertEquals(canonical, result);
        assertEquals(canonical.getClass(), result.getClass(), "canonical type");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // A number, however typed, is not an answer to a choice or a yes/no question
                Arguments.of("sex", 3, Code.WRONG_TYPE, "sex: expected one of \"female\", \"male\", \"other\", got 3"),
                Arguments.of("goal", 2L, Code.WRONG_TYPE, "goal: expected one of \"reverse\", \"slow\", \"prevent\", \"learn\", got 2"),
                Arguments.of("anticoagulant", 1, Code.WRONG_TYPE, "anticoagulant: expected one of \"vka\", \"doac\", \"other\", "
                        + "\"none\", \"unknown\", got 1"),
                Arguments.of("diabetes", 1L, Code.WRONG_TYPE, "diabetes: expected true, false or \"unknown\", got 1"),
                Arguments.of("diabetes", 0, Code.WRONG_TYPE, "diabetes: expected true, false or \"unknown\", got 0"),
                Arguments.of("diabetes", 1.0, Code.WRONG_TYPE, "diabetes: expected true, false or \"unknown\", got 1.0"),
                Arguments.of("diabetes", "maybe", Code.WRONG_TYPE, "diabetes: expected true, false or \"unknown\", got \"maybe\""),
                // A yes/no is not a number, and a choice question without "unknown" has no don't-know
                Arguments.of("age", true, Code.WRONG_TYPE, "age: expected a whole number from 0 to 130 or \"unknown\", got true"),
                Arguments.of("sex", "unknown", Code.WRONG_TYPE, "sex: expected one of \"female\", \"male\", \"other\", got \"unknown\""),
                Arguments.of("sex", List.of("female"), Code.WRONG_TYPE, "sex: expected one of \"female\", \"male\", \"other\", got an array"),
                Arguments.of("goal", null, Code.WRONG_TYPE, "goal: expected one of \"reverse\", \"slow\", \"prevent\", \"learn\", got null"),
                // A whole-number question refuses fractions; every number question its range
                Arguments.of("age", 64.5, Code.WRONG_TYPE, "age: expected a whole number from 0 to 130 or \"unknown\", got 64.5"),
                Arguments.of("age", "64.5", Code.WRONG_TYPE, "age: expected a whole number from 0 to 130 or \"unknown\", got \"64.5\""),
                Arguments.of("age", 131, Code.OUT_OF_RANGE, "age: 131 is out of range: expected a whole number from 0 to 130 or \"unknown\""),
                Arguments.of("age", -1L, Code.OUT_OF_RANGE, "age: -1 is out of range: expected a whole number from 0 to 130 or \"unknown\""),
                Arguments.of("age", Long.MAX_VALUE, Code.OUT_OF_RANGE, "age: 9223372036854775807 is out of range"),
                Arguments.of("age", 130.5, Code.WRONG_TYPE, "age: expected a whole number from 0 to 130 or \"unknown\", got 130.5"),
                Arguments.of("k2_dose_mcg", 100_000.5, Code.OUT_OF_RANGE, "k2_dose_mcg: 100000.5 is out of range: expected a number "
                        + "from 0 to 100000 or \"unknown\""),
                Arguments.of("cac_score", -0.5, Code.OUT_OF_RANGE, "cac_score: -0.5 is out of range: expected a number from 0 to 20000"),
                Arguments.of("cac_score", new BigDecimal("-1e-400"), Code.OUT_OF_RANGE, "cac_score: -1E-400 is out of range"),
                // Nonzero, but 0 as a double: refused rather than silently 0, as 1e-2147483648 is.
                Arguments.of("cac_score", new BigDecimal("1e-400"), Code.OUT_OF_RANGE, "cac_score: 1E-400 is out of range: too close to 0"),
                Arguments.of("cac_score", "1e-2147483648", Code.OUT_OF_RANGE, "cac_score: 1e-2147483648 is out of range: too close to 0"),
                Arguments.of("cac_score", "twenty", Code.WRONG_TYPE, "cac_score: expected a number from 0 to 20000 or \"unknown\", "
                        + "got \"twenty\""));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1}")
    @MethodSource("refused")
    void whenAValueIsNotAllowed_thenTheProblemNamesTheQuestionAndWhatItAllows(String id, Object value, Code code,
            String message) {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class,
                () -> NORMALIZER.normalizeValue(question(id), value));

        assertEquals(code, e.code());
        assertEquals(id, e.field());
        assertEquals(1, e.problems().size());
        assertEquals(message, e.getMessage().length() > message.length() ? e.getMessage().substring(0, message.length())
                : e.getMessage());
    }

    private static Question question(String id) {
        return PACK.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }
}
