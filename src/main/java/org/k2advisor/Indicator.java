package org.k2advisor;

import java.util.Locale;

/** How urgent an advice item is, in the order a report shows them (as in CDS Hooks cards). */
public enum Indicator {
    /** Comes before everything else: urgent symptoms, or a medicine that vitamin K interacts with. */
    CRITICAL,
    /** A reason for caution, such as talking with a professional before changing anything. */
    WARNING,
    /** Background, and what the evidence does and does not show. */
    INFO;

    /**
     * The word for this indicator in JSON and in the advice catalogue.
     *
     * @return the name in lower case, such as "critical"
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a catalogue word.
     *
     * @param label a word as {@link #label()} gives it
     * @return the indicator, or null for any other word
     */
    public static Indicator fromLabel(String label) {
        for (Indicator indicator : values()) {
            if (indicator.label().equals(label)) {
                return indicator;
            }
        }
        return null;
    }
}
