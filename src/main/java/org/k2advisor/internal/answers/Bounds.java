package org.k2advisor.internal.answers;

import java.math.BigDecimal;

import org.k2advisor.Question;

/** A question's bounds compared exactly: a Long for whole-number questions, a BigDecimal otherwise. */
public final class Bounds {
    private Bounds() {}

    public static BigDecimal decimal(Number bound) {
        return bound instanceof BigDecimal d ? d : BigDecimal.valueOf(bound.longValue());
    }

    /** True when {@code value} is within the question's bounds (open bounds allow anything). */
    public static boolean within(Question question, BigDecimal value) {
        return (question.min() == null || value.compareTo(decimal(question.min())) >= 0)
                && (question.max() == null || value.compareTo(decimal(question.max())) <= 0);
    }

    /** As {@link #within(Question, BigDecimal)}, for a whole number, without a BigDecimal when the bounds are Longs. */
    public static boolean within(Question question, long value) {
        Number min = question.min();
        Number max = question.max();
        if ((min == null || min instanceof Long) && (max == null || max instanceof Long)) {
            return (min == null || value >= min.longValue()) && (max == null || value <= max.longValue());
        }
        return within(question, BigDecimal.valueOf(value));
    }

    /** A bound as a person reads it: 130, 20000, 0.5. */
    public static String plain(Number bound) {
        return decimal(bound).stripTrailingZeros().toPlainString();
    }
}
