package org.k2advisor.internal.explain;

import static java.util.Objects.requireNonNull;

/** Setting one answer to a canonical value (Boolean, Long, Double or a word). */
public record AnswerChange(String question, Object value) {
    public AnswerChange {
        requireNonNull(question, "question");
        requireNonNull(value, "value");
    }

    /** The value as the rules see it and as --set accepts it: yes/no for booleans. */
    public String shownValue() {
        return value instanceof Boolean b ? (b ? "yes" : "no") : value.toString();
    }

    /** "--set id=value", ready to paste. */
    public String asSetOption() {
        return "--set " + question + "=" + shownValue();
    }
}
