package org.k2advisor.internal.pack;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.k2advisor.KnowledgePackException;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One JSON file of a pack, with accessors whose errors name the file and the missing field. */
final class JsonFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RawFile raw;
    private final JsonNode root;

    private JsonFile(RawFile raw, JsonNode root) {
        this.raw = raw;
        this.root = root;
    }

    static JsonFile parse(PackFiles files, String name, MessageDigest digest) {
        String text = files.read(name);
        String location = files.describe(name);
        if (text == null) {
            throw new KnowledgePackException(location + ": missing (every pack needs it)");
        }
        update(digest, name, text);
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new KnowledgePackException(location + ": must hold a JSON object");
            }
            return new JsonFile(new RawFile(location, text), root);
        } catch (JsonProcessingException e) {
            throw new KnowledgePackException(location + ":" + e.getLocation().getLineNr() + ": malformed JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** Feeds one named file into the pack's content hash; the name keeps files from blurring together. */
    static void update(MessageDigest digest, String name, String text) {
        digest.update(PackReader.utf8(name));
        digest.update((byte) 0);
        digest.update(PackReader.utf8(text));
        digest.update((byte) 0);
    }

    static Object scalar(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNumber() ? node.numberValue() : node.asText();
    }

    JsonNode root() {
        return root;
    }

    RawFile raw() {
        return raw;
    }

    KnowledgePackException error(String problem) {
        return new KnowledgePackException(raw.location() + ": " + problem);
    }

    /** A problem with the value at {@code pointer}, naming its line, for the problems a reader can read past. */
    PackProblem problem(JsonPointer pointer, String message) {
        return new PackProblem(raw.location(), raw.lineAt(pointer), message);
    }

    String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw error(where(node) + "'" + field + "' must be a non-empty string");
        }
        return value.asText();
    }

    int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw error(where(node) + "'" + field + "' must be a whole number");
        }
        return value.intValue();
    }

    /** A string field that may be left out; blank counts as left out. */
    String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(where(node) + "'" + field + "' must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /** A date written as YYYY-MM-DD. */
    java.time.LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw error(where(node) + "'" + field + "' must be a date such as 2026-11-25, not '" + text + "'");
        }
    }

    /** An object field mapping names to strings; empty when left out. */
    java.util.Map<String, String> textMap(JsonNode node, String field) {
        JsonNode value = node.get(field);
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return map;
        }
        if (!value.isObject()) {
            throw error(where(node) + "'" + field + "' must be an object of strings");
        }
        for (var entry : value.properties()) {
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
                throw error(where(node) + "'" + field + "." + entry.getKey() + "' must be a non-empty string");
            }
            map.put(entry.getKey(), entry.getValue().asText());
        }
        return map;
    }

    Double optionalNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw error(where(node) + "'" + field + "' must be a number");
        }
        return value.doubleValue();
    }

    List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw error(where(node) + "'" + field + "' must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(node, field)) {
            if (!item.isTextual()) {
                throw error(where(node) + "'" + field + "' must hold strings only");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    /** A non-empty list of ids, each of which must exist among {@code known}. */
    List<String> knownIds(JsonNode node, String field, Collection<String> known, String kind, String owner) {
        List<String> ids = texts(node, field);
        if (ids.isEmpty()) {
            throw error("'" + owner + "': '" + field + "' must name at least one " + kind);
        }
        for (String id : ids) {
            if (!known.contains(id)) {
                throw error("'" + owner + "' cites unknown " + kind + " '" + id + "'");
            }
        }
        return ids;
    }

    static String where(JsonNode node) {
        JsonNode id = node.get("id");
        return id == null ? "" : "'" + id.asText() + "': ";
    }
}
