package org.k2advisor;

import static java.util.Objects.requireNonNull;

/**
 * One of the person's own answers that led to an advice item, such as "you said you have diabetes".
 * Reasons are derived from the reasoning itself, from the advice back through the findings to the
 * answers the rules matched, so they stay true when the rules change.
 *
 * @param question the question id
 * @param answer the answer in canonical form (Boolean, Long, Double or String)
 * @param text the answer in plain words, for a person to read
 */
public record Reason(String question, Object answer, String text) {
    /**
     * Checks that every part is present.
     *
     * @param question the question id
     * @param answer the answer in canonical form (Boolean, Long, Double or String)
     * @param text the answer in plain words, for a person to read
     */
    public Reason {
        requireNonNull(question, "question");
        requireNonNull(answer, "answer");
        requireNonNull(text, "text");
    }
}
