package org.k2advisor.internal.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;
import org.k2advisor.Question;

/**
 * Turns raw answers (from JSON, a map or --set text) into the canonical form the rules and the
 * report use, driven only by the questionnaire: booleans become true/false, numbers become Long
 * when whole and Double otherwise, "unknown" stays "unknown". Order follows the questionnaire,
 * so the same answers always serialize the same way.
 */
public final class AnswerNormalizer {
    public static final String UNKNOWN = "unknown";
    /** More answers than any questionnaire asks: past this, answers are refused, not each listed. */
    public static final int MAX_ANSWERS = 1000;
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y");
    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n");
    private static final String DONT_KNOW = "don't know";
    private static final Set<String> UNKNOWN_WORDS = Set.of(UNKNOWN, DONT_KNOW, "dont know", "not sure");

    private final List<Question> questions;
    private final Map<String, Question> byId;
    /** Per choice question, older spellings of its answers (anticoagulant: true stands for "vka"). */
    private final Map<String, Map<String, String>> aliases;
    private final GateImplication gates;

    public AnswerNormalizer(List<Question> questions, Map<String, Map<String, String>> aliases) {
        this.questions = List.copyOf(questions);
        this.byId = new HashMap<>();
        this.questions.forEach(q -> byId.put(q.id(), q));
        this.aliases = Map.copyOf(aliases);
        this.gates = new GateImplication(this.questions, this::normalizeValue);
    }

    /**
     * What checking raw answers found: the answers that are usable, in canonical form (implied gates
     * included, every answer with a problem left out), and every problem, in the order a person reads
     * them. A form checks partial answers with this, so it never throws for a person's answer.
     */
    public record Checked(Map<String, Object> answers, List<Problem> problems) {}

    /**
     * Validates every answer and the applicability of each, implying unanswered gates that allow
     * one value only (see {@link GateImplication}). Every problem is collected and thrown together:
     * unknown ids first, then the questionnaire's order.
     *
     * @throws NullPointerException when {@code raw} itself is null
     * @throws InvalidAnswersException listing every problem
     */
    public Map<String, Object> normalize(Map<String, ?> raw) {
        Checked checked = check(raw);
        if (!checked.problems().isEmpty()) {
            throw new InvalidAnswersException(checked.problems());
        }
        return checked.answers();
    }

    /**
     * As {@link #normalize}, but returns what it found instead of throwing for bad answers.
     *
     * @throws NullPointerException when {@code raw} itself is null
     * @throws InvalidAnswersException only when there are more answers than any questionnaire asks
     */
    public Checked check(Map<String, ?> raw) {
        Objects.requireNonNull(raw, "answers must not be null; pass an empty map for no answers");
        if (raw.size() > MAX_ANSWERS) {
            throw new InvalidAnswersException(Code.TOO_LONG, "answers", raw.size() + " answers given; at most "
                    + MAX_ANSWERS + " are read, and the questionnaire has " + questions.size() + " questions");
        }
        List<Problem> problems = new ArrayList<>();
        for (String id : raw.keySet()) {
            if (id == null) {
                problems.add(new Problem(Code.UNKNOWN_ID, "answers", "an answer id is null"));
            } else if (id.isBlank()) {
                // Nothing to show as the field: "k2advisor: : unknown answer id" would say nothing.
                problems.add(new Problem(Code.UNKNOWN_ID, "answers", ValueEcho.of(id) + " is not an answer id"
                        + suggestion(id)));
            } else if (find(id) == null) {
                problems.add(new Problem(Code.UNKNOWN_ID, ValueEcho.bare(id), "unknown answer id" + suggestion(id)));
            }
        }
        // Sized for the whole questionnaire: this runs on every evaluation.
        Map<String, Object> normalized = new LinkedHashMap<>(questions.size() * 2);
        List<Problem> judged = new ArrayList<>();
        Set<String> unusable = new HashSet<>();
        for (Question question : questions) {
            // One lookup in the common case; containsKey only tells a null value from no answer.
            Object value = raw.get(question.id());
            if (value != null || raw.containsKey(question.id())) {
                try {
                    normalized.put(question.id(), normalizeValue(question, value));
                } catch (InvalidAnswersException e) {
                    judged.addAll(e.problems());
                    unusable.add(question.id());
                }
            }
        }
        int given = normalized.size();
        judged.addAll(gates.apply(normalized, unusable));
        if (problems.isEmpty() && judged.isEmpty()) {
            return new Checked(normalized.size() == given ? normalized : inQuestionnaireOrder(normalized), List.of());
        }
        // A stable sort: each answer's problems in the questionnaire's order, as a person reads them.
        judged.sort(Comparator.comparingInt(problem -> questions.indexOf(byId.get(problem.field()))));
        problems.addAll(judged);
        Map<String, Object> usable = inQuestionnaireOrder(normalized);
        problems.forEach(problem -> usable.remove(problem.field()));
        return new Checked(usable, problems);
    }

    /** Implied gates were added last; the canonical order is the questionnaire's, so output never varies. */
    private Map<String, Object> inQuestionnaireOrder(Map<String, Object> answers) {
        Map<String, Object> ordered = new LinkedHashMap<>(questions.size() * 2);
        for (Question question : questions) {
            Object value = answers.get(question.id());
            if (value != null) {
                ordered.put(question.id(), value);
            }
        }
        return ordered;
    }

    /** One answer in canonical form, or an error naming the question and what it allows. */
    public Object normalizeValue(Question question, Object value) {
        if ((value instanceof Long || value instanceof Integer) && question.kind().numeric()) {
            return wholeNumber(question, ((Number) value).longValue());
        }
        Object canonical = switch (question.kind()) {
            case BOOLEAN -> asBoolean(value);
            case INTEGER, NUMBER -> asNumber(question, value);
            case CHOICE -> asChoice(question, value, aliases.getOrDefault(question.id(), Map.of()));
        };
        if (canonical == null) {
            throw new InvalidAnswersException(Code.WRONG_TYPE, question.id(),
                    "expected " + allowed(question) + ", got " + ValueEcho.of(value));
        }
        if (canonical instanceof BigDecimal number) {
            checkRange(question, number);
            // Whole numbers print as 64, not 64.0, so the same answers always serialize alike. Whole once
            // it is a double counts too: 1e-400 is 0.0 and 99.99999999999999999 is 100.0 as doubles.
            if (number.stripTrailingZeros().scale() <= 0) {
                return number.longValueExact();
            }
            double d = number.doubleValue();
            return d == Math.rint(d) ? (Object) (long) d : d;
        }
        return canonical;
    }

    /** The allowed values of a question in words, as error messages and the interview show them. */
    public static String allowed(Question question) {
        return switch (question.kind()) {
            case BOOLEAN -> "true, false or \"unknown\"";
            case INTEGER -> "a whole number" + range(question) + " or \"unknown\"";
            case NUMBER -> "a number" + range(question) + " or \"unknown\"";
            case CHOICE -> "one of " + String.join(", ", question.choiceValues().stream().map(c -> "\"" + c + "\"").toList());
        };
    }

    /**
     * The answers the interview shows and completes, in the words a person types. Each passes
     * {@link #normalizeValue}, so what is offered can never drift from what is accepted.
     */
    public static List<String> offered(Question question) {
        return switch (question.kind()) {
            case BOOLEAN -> List.of("yes", "no", DONT_KNOW);
            case INTEGER, NUMBER -> List.of(DONT_KNOW);
            case CHOICE -> question.choiceValues().stream().map(c -> c.equals(UNKNOWN) ? DONT_KNOW : c).toList();
        };
    }

    /** The allowed values as the interview words them: "yes, no or don't know". */
    public static String allowedInWords(Question question) {
        return switch (question.kind()) {
            case INTEGER -> "a whole number" + range(question) + unit(question) + ", or " + DONT_KNOW;
            case NUMBER -> "a number" + range(question) + unit(question) + ", or " + DONT_KNOW;
            case BOOLEAN, CHOICE -> {
                List<String> words = offered(question);
                yield words.size() == 1 ? words.get(0) : String.join(", ", words.subList(0, words.size() - 1))
                        + " or " + words.get(words.size() - 1);
            }
        };
    }

    private Question find(String id) {
        return byId.get(id);
    }

    private String suggestion(String id) {
        // The distance takes time in proportion to the id's length; no typo is this long.
        String best = id.length() > ValueEcho.MAX_CHARS ? null
                : EditDistance.nearest(id, questions.stream().map(Question::id).toList());
        return best != null ? " (did you mean \"" + best + "\"?)" : " (see `k2advisor questions` for the ids)";
    }

    private static Object asBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            String word = s.trim().toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(word)) {
                return Boolean.TRUE;
            }
            if (FALSE_WORDS.contains(word)) {
                return Boolean.FALSE;
            }
            if (UNKNOWN_WORDS.contains(word)) {
                return UNKNOWN;
            }
        }
        return null;
    }

    /**
     * The common case of a whole number, kept off the BigDecimal path because it runs for every
     * answer of every evaluation; the result and the errors are the same as that path's.
     */
    private static Long wholeNumber(Question question, long value) {
        if (!Bounds.within(question, value)) {
            throw outOfRange(question, Long.toString(value));
        }
        return value;
    }

    private static Object asNumber(Question question, Object value) {
        Object given = value;
        if (value instanceof String s) {
            String text = s.trim();
            if (UNKNOWN_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
                return UNKNOWN;
            }
            given = text;
        }
        BigDecimal number = BoundedNumber.parse(question, given);
        if (number == null) {
            return null;
        }
        boolean whole = number.stripTrailingZeros().scale() <= 0;
        return question.kind() == Question.Kind.INTEGER && !whole ? null : number;
    }

    private static Object asChoice(Question question, Object value, Map<String, String> aliases) {
        String word = value instanceof String s ? s.trim().toLowerCase(Locale.ROOT)
                : value instanceof Boolean b ? b.toString() : null;
        if (word == null) {
            return null;
        }
        List<String> values = question.choiceValues();
        if (values.contains(word)) {
            return word;
        }
        if (values.contains(UNKNOWN) && UNKNOWN_WORDS.contains(word)) {
            return UNKNOWN;
        }
        return aliases.get(word);
    }

    private static void checkRange(Question question, BigDecimal number) {
        if (!Bounds.within(question, number)) {
            throw outOfRange(question, ValueEcho.number(number));
        }
    }

    /** {@code shown} is the value already made safe to echo, see {@link ValueEcho}. */
    static InvalidAnswersException outOfRange(Question question, String shown) {
        return new InvalidAnswersException(Code.OUT_OF_RANGE, question.id(), shown + " is out of range: expected " + allowed(question));
    }

    private static String range(Question question) {
        if (question.min() != null && question.max() != null) {
            return " from " + Bounds.plain(question.min()) + " to " + Bounds.plain(question.max());
        }
        if (question.min() != null) {
            return " >= " + Bounds.plain(question.min());
        }
        return question.max() != null ? " <= " + Bounds.plain(question.max()) : "";
    }

    private static String unit(Question question) {
        return question.unit() == null ? "" : " (" + question.unit() + ")";
    }

}
