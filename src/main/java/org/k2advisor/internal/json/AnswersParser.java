package org.k2advisor.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.answers.BoundedNumber;
import org.k2advisor.internal.answers.ValueEcho;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an answers document strictly: exactly one JSON object, nothing after it but white space,
 * each id once, within fixed size limits, with every syntax error told in our own words. Values
 * are passed on as they are (Boolean, BigDecimal, String, null; an array or object as an empty
 * List or Map) for the normalizer to judge against the questionnaire, so that a wrong value is
 * reported in the same words whether it came from JSON, a map or the command line.
 *
 * <p>Streaming, not a tree: the values are never expanded ({@code 1e999999999} stays a BigDecimal
 * of a few bytes) and nested arrays are skipped, so time and memory follow the size of the text,
 * which is itself bounded.
 */
final class AnswersParser {
    /** The largest document read, in characters: a real answers file is well under 2,000. */
    static final int MAX_CHARS = 1 << 20;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Answers are flat; nesting, long numbers and long ids only ever come from mistakes or attacks. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(100)
                    .maxNumberLength(1000)
                    .maxNameLength(10_000)
                    .build())
            .build();

    /** A FHIR resource is read as a tree, within the same limits, and a name twice in any object is an error. */
    private static final ObjectMapper TREES = new ObjectMapper(FACTORY.rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private AnswersParser() {}

    /**
     * @throws NullPointerException when {@code json} is null
     * @throws InvalidAnswersException MALFORMED_JSON or TOO_LONG, with line and column
     */
    static Map<String, Object> parse(String json) {
        return parse(json, false);
    }

    /**
     * One line of a JSON Lines file: as {@link #parse(String)}, but a problem is placed by its
     * column alone, since "line 1" of a single line would contradict the line number the caller
     * gives it.
     */
    static Map<String, Object> parseLine(String line) {
        return parse(line, true);
    }

    private static Map<String, Object> parse(String json, boolean oneLine) {
        Objects.requireNonNull(json, "answers JSON must not be null");
        // Notepad and other editors start UTF-8 files with a byte-order mark; it is not content.
        String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        if (text.length() > MAX_CHARS) {
            throw new InvalidAnswersException(Code.TOO_LONG, "answers", "the answers are " + text.length()
                    + " characters long; at most " + MAX_CHARS + " are read");
        }
        JsonParser parser = open(text);
        try (parser) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidAnswersException(Code.MALFORMED_JSON, "answers",
                        "expected a JSON object such as {\"age\": 64, \"diabetes\": true}");
            }
            Map<String, Object> answers = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String id = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                Object value = value(parser, parser.nextToken());
                if (answers.containsKey(id)) {
                    problems.add(malformed(position(at.getLineNr(), at.getColumnNr(), oneLine),
                            ValueEcho.of(id) + " is given twice; give each answer once"));
                } else if (answers.size() == AnswerNormalizer.MAX_ANSWERS) {
                    throw new InvalidAnswersException(Code.TOO_LONG, "answers", "more than "
                            + AnswerNormalizer.MAX_ANSWERS + " answers; the questionnaire has far fewer questions");
                } else {
                    answers.put(id, value);
                }
            }
            // The loop ends only at the object's closing brace: Jackson reports anything else.
            requireNothingAfter(text, (int) parser.currentLocation().getCharOffset(), oneLine);
            if (!problems.isEmpty()) {
                throw new InvalidAnswersException(problems);
            }
            return answers;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int offset = at == null ? -1 : (int) at.getCharOffset();
            JsonSyntaxWords.Meaning meaning = JsonSyntaxWords.of(e, text, offset);
            String where = at == null ? "" : " " + position(at.getLineNr(), at.getColumnNr(), oneLine);
            if (meaning.code() == Code.TOO_LONG) {
                throw new InvalidAnswersException(Code.TOO_LONG, fieldOf(parser), meaning.words() + where);
            }
            throw new InvalidAnswersException(Code.MALFORMED_JSON, "answers", "malformed JSON" + where + ": " + meaning.words());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
    }

    /**
     * The document as a tree: for a FHIR resource, which nests, once {@link #parse} has accepted it
     * as one JSON object. Floats stay exact BigDecimals; whole numbers are int, long or BigInteger nodes.
     *
     * @throws InvalidAnswersException MALFORMED_JSON for a name given twice in one object, with line and column
     */
    static JsonNode tree(String json) {
        String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        try {
            return TREES.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
            String words = duplicate.matches() ? ValueEcho.of(duplicate.group(1)) + " is given twice in one object; give it once"
                    : JsonSyntaxWords.of(e, text, at == null ? -1 : (int) at.getCharOffset()).words();
            throw new InvalidAnswersException(Code.MALFORMED_JSON, "answers", "malformed JSON" + where + ": " + words);
        }
    }

    private static JsonParser open(String text) {
        try {
            return FACTORY.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
    }

    /** The answer id being read when a size limit was hit, or "answers" when there is none. */
    private static String fieldOf(JsonParser parser) {
        String id;
        try {
            id = parser.currentName();
        } catch (IOException e) {
            id = null;
        }
        return id == null ? "answers" : ValueEcho.bare(id);
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getText());
            case VALUE_STRING -> parser.getText();
            case START_ARRAY -> {
                parser.skipChildren();
                yield List.of();
            }
            case START_OBJECT -> {
                parser.skipChildren();
                yield Map.of();
            }
            default -> null;
        };
    }

    /**
     * The number as written, kept exact. Not a double: 1e309 would become Infinity, and 0.1 would
     * not be 0.1. An exponent beyond BigDecimal's int is passed on as the text, which the
     * normalizer then reports as out of range, and so is a number longer than
     * {@link BoundedNumber#MAX_TEXT}, which it reports as too long, exactly as for {@code --set}:
     * one bound for both ({@code 1E+000…0001} is 10 as a BigDecimal, but 117 characters of text).
     */
    private static Object number(String text) {
        if (text.length() > BoundedNumber.MAX_TEXT) {
            return text;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static void requireNothingAfter(String text, int end, boolean oneLine) {
        for (int i = Math.max(end, 0); i < text.length(); i++) {
            if (!JsonSyntaxWords.isJsonSpace(text.charAt(i))) {
                int line = 1;
                int lineStart = 0;
                for (int j = 0; j < i; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                }
                throw new InvalidAnswersException(Code.MALFORMED_JSON, "answers", "malformed JSON "
                        + position(line, i - lineStart + 1, oneLine) + ": something follows the answers object; "
                        + (oneLine ? "a line holds exactly one JSON object" : "an answers document is exactly one JSON object"));
            }
        }
    }

    private static Problem malformed(String where, String words) {
        return new Problem(Code.MALFORMED_JSON, "answers", "malformed JSON " + where + ": " + words);
    }

    /** "at line 2, column 5", or "at column 5" for a single line of JSON Lines. */
    private static String position(int line, int column, boolean oneLine) {
        return oneLine ? "at column " + column : "at line " + line + ", column " + column;
    }
}
