package org.k2advisor.internal.answers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.Question;

/**
 * Reads a number answer with its size checked before anything is expanded. A BigDecimal holds
 * {@code 1e999999999} in a few bytes, but printing it plainly, or turning it into a long, takes
 * gigabytes or fails; so the text is bounded in length, the magnitude in size, and callers never
 * call {@code toPlainString()} on what this returns. Time and memory stay small for any input.
 */
public final class BoundedNumber {
    /**
     * Longer number texts are refused before parsing: no real answer needs more. The one bound for
     * every path: --set text, a number in an answers file (the JSON reader passes a longer one on as
     * its text, so it is refused here with the same words) and text given through the API.
     */
    public static final int MAX_TEXT = 100;
    /**
     * Larger magnitudes are out of range for every question: up to here a whole number is exact as
     * a long and as a double, so the canonical forms can never overflow or round.
     */
    static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);
    /** About {@link #MAX_TEXT} decimal digits (10^100 needs 333 bits), told from the bit length at no cost. */
    private static final int MAX_BITS = 333;
    /** Plain decimal syntax with an exponent: what BigDecimal refuses only when the exponent overflows. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+");

    private BoundedNumber() {}

    /**
     * The number in {@code value} (a Number, or text already trimmed), or null when it is no
     * number at all (NaN included).
     *
     * @throws InvalidAnswersException TOO_LONG for a number longer than {@link #MAX_TEXT}
     *     characters, OUT_OF_RANGE for one beyond {@link #MAX_MAGNITUDE} (infinities included)
     */
    static BigDecimal parse(Question question, Object value) {
        BigDecimal number;
        String shown = null;
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return null;
            }
            if (Double.isInfinite(d)) {
                throw AnswerNormalizer.outOfRange(question, ValueEcho.of(value));
            }
            number = new BigDecimal(value.toString());
        } else if (value instanceof BigDecimal d) {
            // Bits first: counting decimal digits is cheap for thousands of them, slow for millions.
            int bits = d.unscaledValue().bitLength();
            if (bits > MAX_BITS) {
                throw tooLong(question, "a number of " + (bits > 40_000 ? "about " + digits(d.unscaledValue()) : d.precision())
                        + " digits");
            }
            number = d;
        } else if (value instanceof BigInteger i) {
            if (i.bitLength() > MAX_BITS) {
                throw tooLong(question, ValueEcho.of(i));
            }
            number = new BigDecimal(i);
        } else if (value instanceof Number n) {
            return parse(question, n.toString());
        } else if (value instanceof String text) {
            number = fromText(question, text);
            if (number == null) {
                return null;
            }
            // Echo what was typed, 1e999999999, rather than the BigDecimal's 1E+999999999.
            shown = ValueEcho.bare(text);
        } else {
            return null;
        }
        if (number.abs().compareTo(MAX_MAGNITUDE) > 0) {
            throw AnswerNormalizer.outOfRange(question, shown != null ? shown : ValueEcho.number(number));
        }
        // Nonzero but below the smallest double: it would silently become 0, so it is refused, as
        // 1e-2147483648 (whose exponent does not even fit) is. No answer is that close to 0 but 0.
        if (number.signum() != 0 && number.doubleValue() == 0.0) {
            throw tooSmall(question, shown != null ? shown : ValueEcho.number(number));
        }
        return number;
    }

    private static BigDecimal fromText(Question question, String text) {
        if (text.length() > MAX_TEXT) {
            throw tooLong(question, ValueEcho.of(text));
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            // Well-formed but refused: the exponent does not fit an int, as in 1e2147483648.
            if (DECIMAL.matcher(text).matches()) {
                boolean tiny = text.matches(".*[eE]-\\d+") && !text.matches("[+-]?[0.]*[eE].*");
                throw tiny ? tooSmall(question, ValueEcho.bare(text)) : AnswerNormalizer.outOfRange(question, ValueEcho.bare(text));
            }
            return null;
        }
    }

    /** A nonzero number too close to 0 for a double, told apart from a large one in the same code. */
    private static InvalidAnswersException tooSmall(Question question, String shown) {
        return new InvalidAnswersException(Code.OUT_OF_RANGE, question.id(), shown + " is out of range: too close to 0 to tell"
                + " from it; expected " + AnswerNormalizer.allowed(question));
    }

    private static long digits(BigInteger i) {
        return (long) (i.bitLength() * 0.30103);
    }

    private static InvalidAnswersException tooLong(Question question, String shown) {
        return new InvalidAnswersException(Code.TOO_LONG, question.id(), shown + " is too long: expected "
                + AnswerNormalizer.allowed(question) + ", in at most " + MAX_TEXT + " characters");
    }
}
