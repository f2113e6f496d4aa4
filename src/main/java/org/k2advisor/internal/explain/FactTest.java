package org.k2advisor.internal.explain;

import java.util.List;

import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.drl.FactShapes;

/**
 * Evaluates our constraint subset against facts, as Drools would: numbers compare as numbers;
 * a null field (an "unknown" number) fails every comparison but != and not in, as in Drools;
 * strings compare by equality only. A string compared by order, or a number with a string, is
 * not guessed at: it comes back UNKNOWN.
 */
final class FactTest {
    private FactTest() {}

    /** Whether {@code fact} is of {@code type} and meets every comparison. */
    static Truth matches(Object fact, String type, List<Comparison> comparisons) {
        if (!FactShapes.isA(fact, type)) {
            return Truth.FALSE;
        }
        Truth result = Truth.TRUE;
        for (Comparison comparison : comparisons) {
            Truth one = test(FactShapes.get(fact, comparison.field()), comparison);
            if (one == Truth.FALSE) {
                return Truth.FALSE;
            }
            if (one == Truth.UNKNOWN) {
                result = Truth.UNKNOWN;
            }
        }
        return result;
    }

    /** Whether a field value (String, Double or Boolean) meets one comparison. */
    static Truth test(Object value, Comparison comparison) {
        if (value == null) {
            boolean negated = comparison.operator().equals("!=") || comparison.operator().equals("not in");
            return Truth.of(negated);
        }
        return switch (comparison.operator()) {
            case "==" -> equal(value, comparison.values().get(0));
            case "!=" -> equal(value, comparison.values().get(0)).not();
            case "in" -> anyEqual(value, comparison.values());
            case "not in" -> anyEqual(value, comparison.values()).not();
            default -> order(value, comparison.operator(), comparison.values().get(0));
        };
    }

    private static Truth anyEqual(Object value, List<Object> literals) {
        Truth result = Truth.FALSE;
        for (Object literal : literals) {
            Truth one = equal(value, literal);
            if (one == Truth.TRUE) {
                return Truth.TRUE;
            }
            if (one == Truth.UNKNOWN) {
                result = Truth.UNKNOWN;
            }
        }
        return result;
    }

    private static Truth equal(Object value, Object literal) {
        if (value instanceof Double number && literal instanceof Double other) {
            return Truth.of(number.doubleValue() == other.doubleValue());
        }
        if (value.getClass() == literal.getClass()) {
            return Truth.of(value.equals(literal));
        }
        return Truth.UNKNOWN;
    }

    private static Truth order(Object value, String operator, Object literal) {
        if (!(value instanceof Double number) || !(literal instanceof Double other)) {
            return Truth.UNKNOWN;
        }
        double a = number;
        double b = other;
        return Truth.of(switch (operator) {
            case "<" -> a < b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            default -> a >= b;
        });
    }
}
