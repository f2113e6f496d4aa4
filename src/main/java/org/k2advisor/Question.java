package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One question of the pack's questionnaire. {@code type} is "boolean", "integer", "number" or
 * "choice"; {@code min}/{@code max} bound numbers (null when open); {@code when} maps another
 * question's id to the answer that makes this one apply (empty when it always applies).
 * Yes/no and numeric questions also accept "unknown". {@code defaultAnswer} is what the
 * interview takes when a person just presses Enter, in canonical form; null when the question
 * has none, as every safety question must (a default there could hide an emergency).
 */
public record Question(
        String id,
        String type,
        String text,
        String help,
        List<String> choices,
        Double min,
        Double max,
        String unit,
        Map<String, Object> when,
        Object defaultAnswer) {

    /**
     * A question; the collections are copied.
     *
     * @param id stable answer id, as used in answers documents
     * @param type "boolean", "integer", "number" or "choice"
     * @param text the question as asked
     * @param help why it is asked
     * @param choices the allowed answers of a choice question, else empty
     * @param min the smallest allowed number, or null
     * @param max the largest allowed number, or null
     * @param unit the unit of a number, or null
     * @param when the answers that make this question apply, empty when it always applies
     * @param defaultAnswer the answer Enter gives in the interview, or null
     */
    public Question {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(text, "text");
        choices = List.copyOf(choices);
        when = Map.copyOf(when);
    }

    /**
     * True when this question applies given the (normalized) answers so far.
     *
     * @param answers the answers so far, in canonical form
     * @return whether every condition of {@code when} holds
     */
    public boolean appliesTo(Map<String, ?> answers) {
        // A plain loop: this runs for every question of every evaluation.
        for (Map.Entry<String, Object> condition : when.entrySet()) {
            if (!condition.getValue().equals(answers.get(condition.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
