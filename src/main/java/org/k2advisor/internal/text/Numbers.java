package org.k2advisor.internal.text;


/** Numbers in the words a report uses: "10,000", "99.5", "about 14 times". */
public final class Numbers {
    private Numbers() {}

    /** A canonical number as a person reads it: thousands grouped, no trailing ".0". */
    public static String plain(Number value) {
        if (value instanceof Long || value instanceof Integer) {
            return grouped(value.longValue());
        }
        double d = value.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return grouped((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * A whole number with commas between groups of three digits, as {@code String.format(Locale.ROOT,
     * "%,d", n)} writes it; written by hand because Formatter parses its pattern on every call, and
     * reports call this for every number they show.
     */
    static String grouped(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, sign);
        int first = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, sign, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
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
            return times == 2 ? "about twice" : "about " + grouped(times) + " times";
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
