package org.k2advisor.internal.facts;

/**
 * One answered question, as the rules see it. Yes/no answers read "yes", "no" or "unknown";
 * numeric answers also carry {@code number}, which is null when the answer was "unknown" (or is
 * not a number), so that no comparison on it holds. Not NaN: Drools orders NaN above every
 * number, so {@code number >= 400} would hold for an unknown score. Public only because
 * generated rule code must reach it.
 */
public final class Answer {
    private final String id;
    private final String value;
    private final Double number;
    private String description;

    public Answer(String id, String value, Double number) {
        this.id = id;
        this.value = value;
        this.number = number;
    }

    public String getId() {
        return id;
    }

    public String getValue() {
        return value;
    }

    public Double getNumber() {
        return number;
    }

    /** The trace names each fact at least twice (inserted, then matched), so the text is made once. */
    @Override
    public String toString() {
        String text = description;
        if (text == null) {
            text = "Answer(" + id + " = " + value + ")";
            description = text;
        }
        return text;
    }
}
