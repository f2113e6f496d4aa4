package org.k2advisor;

import static java.util.Objects.requireNonNull;

/**
 * One allowed answer to a choice question: the value an answers file holds and the words a person
 * picks it by.
 *
 * @param value the canonical value, such as {@code "vka"}
 * @param label what a person reads, such as "warfarin or another vitamin K antagonist"
 */
public record Choice(String value, String label) {
    /**
     * Checks that both parts are present.
     *
     * @param value the canonical value, such as {@code "vka"}
     * @param label what a person reads, such as "warfarin or another vitamin K antagonist"
     */
    public Choice {
        requireNonNull(value, "value");
        requireNonNull(label, "label");
    }
}
