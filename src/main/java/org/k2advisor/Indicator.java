package org.k2advisor;

import java.util.Locale;

/** How urgent an advice item is, in the order a report shows them (as in CDS Hooks cards). */
public enum Indicator {
    CRITICAL, WARNING, INFO;

    /** The lower-case word used in JSON and in the advice catalogue. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a catalogue word; returns null for anything else. */
    public static Indicator fromLabel(String label) {
        for (Indicator indicator : values()) {
            if (indicator.label().equals(label)) {
                return indicator;
            }
        }
        return null;
    }
}
