package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How sure the evidence lets us be about what one advice item says. The level follows GRADE's four
 * levels, plus "no trial evidence" for outcomes no trial has measured. {@code statement} says it in
 * plain words. It uses the hedge that GRADE's plain-language convention gives the level: no hedge
 * for high, "probably" for moderate, "may" for low and "we don't know" for very low.
 *
 * @param level how sure we are
 * @param statement the outcome and how sure we are of it, in plain words, for a person to read
 */
public record Certainty(Certainty.Level level, String statement) {

    /** GRADE's levels of certainty, plus the case of no trial evidence at all. */
    public enum Level {
        /** Further research is very unlikely to change the estimate. */
        HIGH,
        /** The true effect is probably close to the estimate. */
        MODERATE,
        /** The true effect may be markedly different from the estimate. */
        LOW,
        /** We don't know: the estimate is very uncertain. */
        VERY_LOW,
        /** No trial has measured the outcome in people. */
        NO_TRIAL_EVIDENCE;

        /**
         * The identifier used in JSON and in the advice catalogue.
         *
         * @return such as {@code very_low}
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The level in plain words.
         *
         * @return such as "very low" or "no trial evidence"
         */
        public String words() {
            return label().replace('_', ' ');
        }

        /**
         * Parses a catalogue identifier.
         *
         * @param label an identifier such as {@code low}
         * @return the level, or null when {@code label} names none
         */
        public static Level fromLabel(String label) {
            for (Level level : values()) {
                if (level.label().equals(label)) {
                    return level;
                }
            }
            return null;
        }
    }

    /**
     * Checks that both parts are present.
     *
     * @param level how sure we are
     * @param statement the outcome and how sure we are of it, in plain words, for a person to read
     */
    public Certainty {
        requireNonNull(level, "level");
        requireNonNull(statement, "statement");
    }
}
