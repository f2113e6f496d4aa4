package org.k2advisor.service.cds;

import java.util.Locale;

import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.json.ReportJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a CDS Hooks body (one JSON object; a name given twice or anything after the object is
 * refused, as the answers parser refuses it) and writes responses as the rest of the service does.
 */
final class CdsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CdsJson() {}

    static JsonNode object(String json, String what) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw CdsRequestException.badRequest(what, "not one JSON object" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw CdsRequestException.badRequest(what, "expected one JSON object, got " + kind(root));
        }
        return root;
    }

    /** A member that must be a non-blank string. */
    static String text(JsonNode parent, String name, String path, String allowed) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw CdsRequestException.badRequest(path, "missing; expected " + allowed);
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw CdsRequestException.badRequest(path, "expected " + allowed + ", got " + shown(value));
        }
        return value.asText();
    }

    static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** A value as a message may echo it: short, one line, control characters escaped. */
    static String shown(JsonNode value) {
        return value.isTextual() ? ValueEcho.of(value.asText()) : kind(value);
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /** Indented, as every other response of the service. */
    static String write(JsonNode tree) {
        return ReportJson.pretty(tree);
    }
}
