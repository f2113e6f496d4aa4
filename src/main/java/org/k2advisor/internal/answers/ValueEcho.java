package org.k2advisor.internal.answers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * A value given by a person or a program, made safe to repeat in a one-line message: at most
 * {@link #MAX_CHARS} characters of it are shown, and control and format characters (line breaks,
 * escape sequences, bidirectional overrides) are escaped, so that no input can make a message
 * long, multi-line, or able to rewrite the terminal. An escape takes several characters (six for
 * a backspace), so the shown part also ends at {@link #MAX_WIDTH} characters of escapes and text.
 * Never expands a number: {@code 1e999999999} is shown as written, not as a billion digits.
 */
public final class ValueEcho {
    /** How much of a value a message shows, about half a line. */
    public static final int MAX_CHARS = 40;
    /** How long the shown part may grow with escapes: forty backspaces would otherwise take 240 characters. */
    public static final int MAX_WIDTH = 2 * MAX_CHARS;
    /** Past this many digits a BigDecimal is shown in scientific notation rather than plain. */
    private static final int PLAIN_DIGITS = 40;

    private ValueEcho() {}

    /** A value as a message shows it: strings quoted, numbers and booleans bare, other things named. */
    public static String of(Object value) {
        if (value instanceof String s) {
            return "\"" + bare(s) + "\"";
        }
        if (value == null || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof BigDecimal d) {
            return number(d);
        }
        if (value instanceof BigInteger i) {
            // toString() of a huge BigInteger is slow; past 100 digits say how big it is instead.
            return i.bitLength() > 332 ? "a whole number of about " + (int) (i.bitLength() * 0.30103) + " digits"
                    : bare(i.toString());
        }
        if (value instanceof Number n) {
            return bare(n.toString());
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            return "an array";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return "a value of type " + value.getClass().getSimpleName();
    }

    /** Text without quotes, such as an answer id or a file name: shortened and escaped. */
    public static String bare(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 16);
        int shown = 0;
        int width = 0;
        int i = 0;
        while (i < text.length() && shown < MAX_CHARS && width < MAX_WIDTH) {
            int c = text.codePointAt(i);
            width += appendEscaped(out, c);
            i += Character.charCount(c);
            shown++;
        }
        if (i < text.length()) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /**
     * A file name, shortened from the front when long: its end, where the name of the file is, tells
     * more than its folders. Escaped as {@link #bare} is.
     */
    public static String path(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_CHARS) {
            return bare(name);
        }
        return "..." + bare(name.substring(name.offsetByCodePoints(0, length - MAX_CHARS)));
    }

    /**
     * A decimal number: plain ("0.5", "20001") when that is short, otherwise scientific
     * ("1E+999999999"), so its length never depends on its exponent.
     */
    public static String number(BigDecimal value) {
        boolean shortPlain = value.precision() <= PLAIN_DIGITS && value.scale() >= -PLAIN_DIGITS
                && value.scale() <= PLAIN_DIGITS;
        return bare(shortPlain ? value.toPlainString() : value.toString());
    }

    /** Appends {@code c}, escaped if need be, and returns how many characters wide it is shown. */
    private static int appendEscaped(StringBuilder out, int c) {
        String escape = switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            default -> needsEscape(c) ? String.format("\\u%04x", c) : null;
        };
        if (escape == null) {
            out.appendCodePoint(c);
            return 1;
        }
        out.append(escape);
        return escape.length();
    }

    private static boolean needsEscape(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
