package org.k2advisor.internal.facts;

/**
 * One answered question, as the rules see it. Yes/no answers read "yes", "no" or "unknown";
 * numeric answers also carry {@code number}, which is NaN when the answer was "unknown" so that
 * every comparison on it is false. Public only because generated rule code must reach it.
 */
public final class Answer {
    private final String id;
    private final String value;
    private final double number;

    public Answer(String id, String value, double number) {
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

    public double getNumber() {
        return number;
    }

    @Override
    public String toString() {
        return "Answer(" + id + " = " + value + ")";
    }
}
