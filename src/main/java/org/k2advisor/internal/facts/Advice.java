package org.k2advisor.internal.facts;

/**
 * A conclusion that an advice item from the catalogue applies. Identity equality, as for
 * {@link Finding}: the report keeps one item per id however many rules support it.
 */
public final class Advice {
    private final String id;
    private String description;

    public Advice(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    /** The trace names each fact at least twice (inserted, then matched), so the text is made once. */
    @Override
    public String toString() {
        String text = description;
        if (text == null) {
            text = "Advice(" + id + ")";
            description = text;
        }
        return text;
    }
}
