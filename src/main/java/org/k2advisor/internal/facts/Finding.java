package org.k2advisor.internal.facts;

/**
 * An intermediate conclusion drawn from answers, such as a risk factor or a calcium-score band.
 * Identity, not value, equality on purpose: two rules concluding the same finding each insert
 * their own fact, so the trace shows every rule's contribution and each is retracted on its own.
 */
public final class Finding {
    private final String kind;
    private final String value;
    private String description;

    public Finding(String kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    public String getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    /** The trace names each fact at least twice (inserted, then matched), so the text is made once. */
    @Override
    public String toString() {
        String text = description;
        if (text == null) {
            text = "Finding(" + kind + ": " + value + ")";
            description = text;
        }
        return text;
    }
}
