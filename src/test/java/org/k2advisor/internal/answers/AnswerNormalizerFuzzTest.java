package org.k2advisor.internal.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

import org.junit.jupiter.api.Timeout;
import org.k2advisor.Advisor;
import org.k2advisor.FuzzChecks;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Answers as a Java program passes them to {@code Advisor.validate} and {@code advise}: a map of any
 * ids (the questionnaire's, near misses, any text, null) to any values (text, every kind of Number
 * in any size and shape, NaN and the infinities, BigDecimal and BigInteger extremes, booleans, null,
 * lists, maps, arrays, other objects). Whatever the map, the result is canonical answers or an
 * InvalidAnswersException whose problems are short lines, with bounded work (see {@link FuzzChecks});
 * and canonical answers are a fixed point: validated again, or saved as JSON and read back, they
 * stay the same, and the report holds exactly them.
 *
 * <p>Corpus: src/test/resources/org/k2advisor/internal/answers/AnswerNormalizerFuzzTestInputs/normalize/
 * (its files are raw fuzzer bytes, so they are meaningful only through this class).
 */
class AnswerNormalizerFuzzTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final List<Question> QUESTIONS = ADVISOR.questions();
    private static final String[] WORDS = {"yes", "no", "y", "n", "true", "false", "unknown", "don't know", "dont know",
        "not sure", "Unknown", " YES ", "vka", "doac", "none", "other", "female", "male", "never", "sometimes", "often",
        "rarely", "reverse", "slow", "prevent", "learn", "64", " 64 ", "64.0", "64.5", "-1", "-0", "0", "1e2", "1E+2",
        "20000", "20000.000001", "1e15", "1e16", "1e309", "1e999999999", "1e2147483647", "1e2147483648", "-1e-2147483648",
        "0x10", "1_000", "NaN", "Infinity", "-Infinity", "+5", ".5", "5.", "", " ", "\n", "\u001b[2J", "\u202eevil",
        "\u0000", "\ud800"};
    private static final double[] DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
        Double.MIN_VALUE, Double.MAX_VALUE, 1e15, 1e15 + 2, 0.1, 64.0, 64.5, 130.0000001, -1e-300};

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void normalize(FuzzedDataProvider data) {
        int size = data.remainingBytes();
        Map<String, Object> answers = answers(data);
        FuzzChecks.assertBoundedWork(size, "validating and advising on these answers", () -> check(answers));
    }

    private static void check(Map<String, Object> answers) {
        Map<String, Object> canonical;
        try {
            canonical = ADVISOR.validate(answers);
        } catch (InvalidAnswersException e) {
            FuzzChecks.assertReadable(e);
            try {
                ADVISOR.advise(answers);
                fail("validate refused what advise accepted: " + e.problems());
            } catch (InvalidAnswersException same) {
                assertEquals(e.problems(), same.problems(), "validate and advise judge alike");
            }
            return;
        }
        assertCanonical(canonical);
        assertEquals(canonical, ADVISOR.validate(canonical), "canonical answers validate to themselves");
        assertEquals(canonical, ADVISOR.validate(AnswersJson.parse(AnswersJson.write(canonical))),
                "canonical answers saved as JSON read back the same");
        Report report = ADVISOR.advise(answers);
        assertEquals(canonical, report.answers());
    }

    /** Ids of questions, near misses, any text or null (a HashMap takes a null key), some given twice. */
    private static Map<String, Object> answers(FuzzedDataProvider data) {
        Map<String, Object> answers = data.consumeBoolean() ? new HashMap<>() : new LinkedHashMap<>();
        int count = data.consumeInt(0, 40);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            String id = switch (data.consumeInt(0, 9)) {
                case 0 -> null;
                case 1 -> data.consumeString(40);
                case 2 -> " " + data.pickValue(QUESTIONS).id();
                case 3 -> data.pickValue(QUESTIONS).id().toUpperCase(java.util.Locale.ROOT);
                default -> data.pickValue(QUESTIONS).id();
            };
            answers.put(id, value(data, 0));
        }
        return answers;
    }

    private static Object value(FuzzedDataProvider data, int depth) {
        return switch (data.consumeInt(0, depth < 2 ? 23 : 19)) {
            case 0 -> null;
            case 1 -> data.consumeBoolean();
            case 2, 3 -> data.pickValue(WORDS);
            case 4 -> data.consumeString(200);
            case 5 -> data.consumeInt();
            case 6 -> data.consumeLong();
            case 7 -> data.consumeShort();
            case 8 -> data.consumeByte();
            case 9 -> data.consumeDouble();
            case 10 -> data.consumeFloat();
            case 11 -> data.pickValue(DOUBLES);
            case 12 -> {
                byte[] unscaled = data.consumeBytes(data.consumeInt(1, 80));
                yield new BigDecimal(new BigInteger(unscaled.length == 0 ? new byte[] {1} : unscaled), data.consumeInt());
            }
            case 13 -> BigDecimal.valueOf(data.consumeLong(), data.consumeInt());
            case 14 -> new BigDecimal(BigInteger.ONE.shiftLeft(data.consumeInt(0, 1 << 16)), data.consumeInt(-400, 400));
            case 15 -> BigInteger.ONE.shiftLeft(data.consumeInt(0, 1 << 20)).subtract(BigInteger.valueOf(data.consumeInt()));
            case 16 -> switch (data.consumeInt(0, 3)) {
                case 0 -> new AtomicInteger(data.consumeInt());
                case 1 -> new AtomicLong(data.consumeLong());
                case 2 -> adder(data.consumeDouble());
                default -> data.consumeChar();
            };
            case 17 -> data.consumeInt(0, 3) == 0 ? new Object() : Optional.of(data.consumeInt());
            case 18 -> new int[] {data.consumeInt()};
            case 19 -> new String[] {data.pickValue(WORDS)};
            case 20 -> {
                List<Object> list = new ArrayList<>();
                int n = data.consumeInt(0, 3);
                for (int i = 0; i < n; i++) {
                    list.add(value(data, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new TreeMap<>();
                map.put(data.pickValue(QUESTIONS).id(), value(data, depth + 1));
                yield map;
            }
        };
    }

    private static DoubleAdder adder(double value) {
        DoubleAdder adder = new DoubleAdder();
        adder.add(value);
        return adder;
    }

    /** Only questionnaire ids; booleans, whole numbers as Long, others as finite Double, words the question allows. */
    private static void assertCanonical(Map<String, Object> canonical) {
        for (Map.Entry<String, Object> answer : canonical.entrySet()) {
            Question question = QUESTIONS.stream().filter(q -> q.id().equals(answer.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("not a question: " + answer.getKey()));
            Object value = answer.getValue();
            String what = answer.getKey() + " = " + value;
            if (AnswerNormalizer.UNKNOWN.equals(value)) {
                continue;
            }
            switch (question.kind()) {
                case BOOLEAN -> assertTrue(value instanceof Boolean, what);
                case INTEGER, NUMBER -> {
                    assertTrue(value instanceof Long || value instanceof Double, what);
                    double number = ((Number) value).doubleValue();
                    assertTrue(Double.isFinite(number), what);
                    assertTrue(question.min() == null || number >= question.min().doubleValue(), what);
                    assertTrue(question.max() == null || number <= question.max().doubleValue(), what);
                    assertTrue(question.kind() == Question.Kind.NUMBER || value instanceof Long, what);
                }
                case CHOICE -> assertTrue(question.choiceValues().contains(value), what);
            }
        }
    }
}
