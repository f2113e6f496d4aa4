package org.k2advisor.internal.text;

import java.util.Locale;

/** Numbers in the words a report uses: "10,000", "99.5", "about 14 times". */
public final class Numbers {
    private Numbers() {}

    /** A canonical number as a person reads it: thousands grouped, no trailing ".0". */
    public static String plain(Number value) {
        if (value instanceof Long || value instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", value.longValue());
        }
        double d = value.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * How {@code value} compares with {@code reference}, as the words that go before "the N ...":
     * "about 14 times", "about twice", "about one and a half times", "close to", "about 25% of",
     * "a small fraction of".
     */
    public static String comparedWith(double value, double reference) {
        double ratio = value / reference;
        if (ratio >= 1.75) {
            long times = Math.round(ratio);
            return times == 2 ? "about twice" : "about " + String.format(Locale.ROOT, "%,d", times) + " times";
        }
        if (ratio >= 1.25) {
            return "about one and a half times";
        }
        if (ratio >= 0.75) {
            return "close to";
        }
        long percent = Math.round(ratio * 20) * 5;
        if (percent == 0) {
            return "a small fraction of";
        }
        return percent == 50 ? "about half of" : "about " + percent + "% of";
    }
}
