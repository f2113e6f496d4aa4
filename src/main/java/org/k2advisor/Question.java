package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One question of the pack's questionnaire.
 *
 * <p>Yes/no and numeric questions also accept "unknown"; a choice question accepts it when it is
 * one of its choices.
 *
 * @param id the answer id
 * @param label a short name for lists and summaries, such as "Blood thinner"
 * @param kind what kind of answer it takes
 * @param text the question as a person reads it
 * @param help why we ask, in plain words
 * @param choices a choice question's allowed answers, in order (empty for other types)
 * @param min the smallest number allowed, or null when open: a {@code Long} for an
 *     {@link Kind#INTEGER} question, a {@code BigDecimal} for a {@link Kind#NUMBER} one, null otherwise
 * @param max the largest number allowed, or null when open, of the same type as {@code min}
 * @param unit the unit of a number, or null
 * @param when the gates: this question applies only when each named earlier question was answered
 *     with one of the listed values (empty when it always applies)
 * @param defaultAnswer what the interview takes when a person just presses Enter, in canonical form;
 *     null when the question has none, as every safety question must (a default could hide an emergency)
 * @param stopsInterviewOn the answer that ends an interview at once, because the report then holds
 *     emergency guidance alone; null for most questions
 */
public record Question(
        String id,
        String label,
        Kind kind,
        String text,
        String help,
        List<Choice> choices,
        Number min,
        Number max,
        String unit,
        Map<String, List<Object>> when,
        Object defaultAnswer,
        Object stopsInterviewOn) {

    /**
     * Checks that the id, label, type and text are present and copies the collections.
     *
     * @param id the answer id
     * @param label a short name for lists and summaries, such as "Blood thinner"
     * @param kind what kind of answer it takes
     * @param text the question as a person reads it
     * @param help why we ask, in plain words
     * @param choices a choice question's allowed answers, in order (empty for other types)
     * @param min the smallest number allowed, or null when open
     * @param max the largest number allowed, or null when open
     * @param unit the unit of a number, or null
     * @param when the gates: this question applies only when each named earlier question was answered with one
     *     of the listed values (empty when it always applies)
     * @param defaultAnswer what the interview takes when a person just presses Enter, in canonical form; null
     *     when the question has none, as every safety question must (a default could hide an emergency)
     * @param stopsInterviewOn the answer that ends an interview at once, because the report then holds
     *     emergency guidance alone; null for most questions
     */
    public Question {
        requireNonNull(id, "id");
        requireNonNull(label, "label");
        requireNonNull(kind, "kind");
        checkBound(kind, min, "min");
        checkBound(kind, max, "max");
        requireNonNull(text, "text");
        choices = List.copyOf(choices);
        Map<String, List<Object>> gates = new LinkedHashMap<>();
        when.forEach((gate, values) -> gates.put(gate, List.copyOf(values)));
        when = java.util.Collections.unmodifiableMap(gates);
    }

    /** The kinds of answer a question takes. */
    public enum Kind {
        /** Yes, no or "unknown". */
        BOOLEAN,
        /** A whole number in a range, or "unknown". */
        INTEGER,
        /** A number in a range, or "unknown". */
        NUMBER,
        /** One of the question's choices. */
        CHOICE;

        /**
         * The word used in JSON and in questionnaire.json.
         *
         * @return "boolean", "integer", "number" or "choice"
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Parses a questionnaire word.
         *
         * @param label "boolean", "integer", "number" or "choice"
         * @return the kind, or null for anything else
         */
        public static Kind fromLabel(String label) {
            for (Kind kind : values()) {
                if (kind.label().equals(label)) {
                    return kind;
                }
            }
            return null;
        }

        /**
         * Whether answers are numbers.
         *
         * @return true for {@link #INTEGER} and {@link #NUMBER}
         */
        public boolean numeric() {
            return this == INTEGER || this == NUMBER;
        }
    }

    /** Integer bounds are Longs and number bounds BigDecimals, so a bound prints as it was written. */
    private static void checkBound(Kind kind, Number bound, String name) {
        if (bound == null) {
            return;
        }
        boolean fits = kind == Kind.INTEGER ? bound instanceof Long : kind == Kind.NUMBER && bound instanceof BigDecimal;
        if (!fits) {
            throw new IllegalArgumentException(name + " of a " + kind.label() + " question cannot be "
                    + bound.getClass().getSimpleName() + " " + bound);
        }
    }

    /**
     * True when this question applies given the answers so far.
     *
     * @param answers answers in canonical form
     * @return whether every gate is answered with one of its values
     */
    public boolean appliesTo(Map<String, ?> answers) {
        // A plain loop: this runs for every question of every evaluation.
        for (Map.Entry<String, List<Object>> gate : when.entrySet()) {
            Object answer = answers.get(gate.getKey());
            if (answer == null || !gate.getValue().contains(answer)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values of a choice question's choices, in order.
     *
     * @return the values (empty for other types)
     */
    public List<String> choiceValues() {
        return choices.stream().map(Choice::value).toList();
    }
}
