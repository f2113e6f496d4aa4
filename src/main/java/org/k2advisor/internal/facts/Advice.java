package org.k2advisor.internal.facts;

/**
 * A conclusion that an advice item from the catalogue applies. Identity equality, as for
 * {@link Finding}: the report keeps one item per id however many rules support it.
 */
public final class Advice {
    private final String id;

    public Advice(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Advice(" + id + ")";
    }
}
