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

    public Question {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(text, "text");
        choices = List.copyOf(choices);
        when = Map.copyOf(when);
    }

    /** True when this question applies given the (normalized) answers so far. */
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
