package org.k2advisor.internal.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes an answers document: one JSON object of answer id to a string, number or boolean. */
public final class AnswersJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private AnswersJson() {}

    /** Canonical answers as a document that {@link #parse} and {@code advise --answers} read back. */
    public static String write(Map<String, ?> answers) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        answers.forEach((id, value) -> root.set(id, ReportJson.MAPPER.valueToTree(value)));
        return ReportJson.pretty(root);
    }

    /** @throws NullPointerException when {@code json} is null */
    public static Map<String, Object> parse(String json) {
        Objects.requireNonNull(json, "answers JSON must not be null");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidAnswersException(Code.MALFORMED_JSON, "answers", "malformed JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidAnswersException(Code.MALFORMED_JSON, "answers", "expected a JSON object such as {\"age\": 64, \"diabetes\": true}");
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        var fields = root.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue();
            if (value.isBoolean()) {
                answers.put(field.getKey(), value.booleanValue());
            } else if (value.isNumber()) {
                answers.put(field.getKey(), value.decimalValue());
            } else if (value.isTextual()) {
                answers.put(field.getKey(), value.textValue());
            } else {
                throw new InvalidAnswersException(Code.WRONG_TYPE, field.getKey(), "expected a string, number or boolean, got "
                        + (value.isNull() ? "null" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return answers;
    }
}
