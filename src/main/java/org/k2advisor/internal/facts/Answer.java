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

    @Override
    public String toString() {
        return "Answer(" + id + " = " + value + ")";
    }
}
