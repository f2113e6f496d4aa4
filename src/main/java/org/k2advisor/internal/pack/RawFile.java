package org.k2advisor.internal.pack;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/** One file of a pack as text, with the name to show for it; text is null when it does not exist. */
public record RawFile(String location, String text) {
    private static final JsonFactory JSON = new JsonFactory();

    /** The 1-based line holding {@code "id": "ID"}, or 0: JSON findings point at the entry they are about. */
    public int lineOfId(String id) {
        if (text == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\"id\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(id) + "\"").matcher(text);
        return m.find() ? (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
    }

    /**
     * The 1-based line where the value at {@code pointer} (such as /questions/3/min) is written (for a
     * field, the line of its name), or 0 when the file holds no such value or is not JSON. Unlike
     * {@link #lineOfId}, this tells apart two entries with the same id, and points at one field.
     */
    public int lineAt(JsonPointer pointer) {
        return lines().getOrDefault(pointer, 0);
    }

    /** The line of every value in the file, by pointer, read in one pass; empty when it is not JSON. */
    public Map<JsonPointer, Integer> lines() {
        Map<JsonPointer, Integer> lines = new HashMap<>();
        if (text == null) {
            return lines;
        }
        try (JsonParser parser = JSON.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                // A { or [ opens a context of its own; the value it starts is named by the one around it.
                if (token.isStructStart()) {
                    context = context.getParent();
                }
                if (context != null) {
                    lines.putIfAbsent(context.pathAsPointer(), parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // Not JSON (the reader says so, naming the line); there is no line to point at here.
            return new HashMap<>();
        }
        return lines;
    }
}
