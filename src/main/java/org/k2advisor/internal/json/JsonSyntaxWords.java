package org.k2advisor.internal.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.internal.answers.ValueEcho;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's parse errors in our own words. Its messages name its internals (feature flags such as
 * {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, "CTRL-CHAR, code 10") and suggest switches a
 * person cannot flip, so each error we can meet is matched here and said plainly; anything not
 * matched gets a general sentence rather than Jackson's. The matching rests on Jackson's wording,
 * which the pinned version fixes and the bad-input tests check.
 */
final class JsonSyntaxWords {
    /** What a parse error means, and what kind of problem it is. */
    record Meaning(Code code, String words) {}

    /** "exceeds the maximum allowed (1000, from ...)": the number a person can act on. */
    private static final Pattern ALLOWED = Pattern.compile("maximum allowed \\((\\d+)");
    private static final String VALUE_KINDS = "a \"quoted string\", a number, true, false or null";

    private JsonSyntaxWords() {}

    /**
     * @param text the document being parsed
     * @param offset where Jackson stopped, as a char offset into {@code text}
     */
    static Meaning of(JsonProcessingException e, String text, int offset) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new Meaning(Code.TOO_LONG, limitWords(original));
        }
        return new Meaning(Code.MALFORMED_JSON, syntaxWords(original, text, offset));
    }

    /** Jackson's limit, whose number is the only part of its message worth passing on. */
    private static String limitWords(String original) {
        Matcher limit = ALLOWED.matcher(original);
        String most = limit.find() ? " (" + limit.group(1) + ")" : "";
        if (original.startsWith("Number value length")) {
            return "a number longer than the advisor reads" + most.replace(")", " characters)");
        }
        if (original.startsWith("String value length")) {
            return "a string longer than the advisor reads" + most.replace(")", " characters)");
        }
        if (original.startsWith("Name length")) {
            return "an answer id longer than the advisor reads" + most.replace(")", " characters)");
        }
        if (original.contains("nesting depth")) {
            return "arrays or objects nested deeper than the advisor reads" + most.replace(")", " levels)");
        }
        return "the document is larger than the advisor reads";
    }

    // One branch per message Jackson gives for a String input; the order matters where they overlap.
    private static String syntaxWords(String original, String text, int offset) {
        char at = offset >= 0 && offset < text.length() ? text.charAt(offset) : 0;
        boolean afterComma = previousNonSpace(text, offset) == ',';
        if (original.contains("comment")) {
            return "comments are not allowed in JSON";
        }
        if (original.startsWith("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers; write \"unknown\" for a number you do not know";
        }
        if (original.startsWith("Unrecognized token '")) {
            int end = original.indexOf("':");
            String token = original.substring("Unrecognized token '".length(), end < 0 ? original.length() : end);
            return "unknown word " + ValueEcho.of(token) + ": a value is " + VALUE_KINDS;
        }
        if (original.contains("start field name")) {
            if ((at == '}') && afterComma) {
                return "a comma before } is not allowed";
            }
            return at == '\'' ? "answer ids need double quotes, not single quotes"
                    : "expected an answer id in double quotes, such as \"age\"";
        }
        if (original.contains("separate Object entries")) {
            return "expected a comma between two answers, or } after the last";
        }
        if (original.contains("colon to separate")) {
            return "expected a colon after the answer id";
        }
        if (original.contains("in numeric value") || original.startsWith("Invalid numeric value")) {
            return numberWords(original);
        }
        if (original.contains("expected a valid value") || original.contains("expected a value")) {
            if ((at == '}' || at == ']') && afterComma) {
                return "a comma before " + at + " is not allowed";
            }
            if (at == '\'') {
                return "text needs double quotes, not single quotes";
            }
            return at == '.' ? "a number must start with a digit: write 0.5, not .5" : "expected a value: " + VALUE_KINDS;
        }
        if (original.contains("closing quote for a string value")) {
            return "a string is not closed: its closing \" is missing";
        }
        if (original.contains("end-of-input in field name")) {
            return "an answer id is not closed: its closing \" is missing";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return "the JSON ends before the answers object is closed with }";
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "a control character (such as a line break or a tab) inside quotes must be escaped, such as \\n";
        }
        if (original.contains("character escape")) {
            return "a backslash in a string starts an escape: write \\\\ for a backslash itself, or use \\\", \\n, \\t or \\uXXXX";
        }
        if (original.startsWith("Illegal character")) {
            return "a control character is not allowed between values";
        }
        if (original.contains("close marker")) {
            return "this " + at + " does not close anything that is open here";
        }
        return "this is not valid JSON";
    }

    private static String numberWords(String original) {
        if (original.contains("plus sign")) {
            return "a JSON number may not start with +";
        }
        if (original.contains("Leading zeroes")) {
            return "a number may not start with 0: write 5, not 05";
        }
        if (original.contains("Decimal point")) {
            return "a decimal point must be followed by a digit";
        }
        if (original.contains("Exponent")) {
            return "an exponent (e) must be followed by a digit";
        }
        if (original.contains("minus sign")) {
            return "a minus sign must be followed by a digit";
        }
        return "this is not a valid number";
    }

    private static char previousNonSpace(String text, int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!isJsonSpace(c)) {
                return c;
            }
        }
        return 0;
    }

    static boolean isJsonSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
