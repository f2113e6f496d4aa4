package org.k2advisor.internal.drl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One constraint inside a pattern, in the small language our packs use: a comparison of a field
 * with literals, or a binding of a field to a variable. Anything else is kept as its text and
 * marked unsupported, so explanations can say plainly that they cannot explain it.
 */
public sealed interface Constraint {

    /** The constraint as written in the DRL. */
    String text();

    /** {@code field op literal}, or {@code field in (literal, ...)} / {@code not in}; literals are String, Double or Boolean. */
    record Comparison(String field, String operator, List<Object> values, String text) implements Constraint {
        public Comparison {
            values = List.copyOf(values);
        }

        /** The constraint with another field name, as when a wanted finding constrains an answer. */
        public Comparison on(String otherField) {
            return new Comparison(otherField, operator, values, otherField + " " + operator + " " + showValues());
        }

        public boolean isMembership() {
            return operator.equals("in") || operator.equals("not in");
        }

        public String showValues() {
            String shown = values.stream().map(Comparison::show).collect(Collectors.joining(", "));
            return isMembership() ? "(" + shown + ")" : shown;
        }

        /** A literal as DRL writes it: strings quoted, whole numbers without ".0". */
        public static String show(Object value) {
            if (value instanceof String s) {
                return "\"" + s + "\"";
            }
            if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
                return Long.toString(d.longValue());
            }
            return String.valueOf(value);
        }
    }

    /** {@code $variable : field}: always holds; makes the field's value available to the consequence. */
    record Binding(String variable, String field, String text) implements Constraint {}

    /** Outside the subset: evaluated by Drools, but not explained by us. */
    record Unsupported(String text) implements Constraint {}
}
