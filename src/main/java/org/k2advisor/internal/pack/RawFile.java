package org.k2advisor.internal.pack;

/** One file of a pack as text, with the name to show for it; text is null when it does not exist. */
public record RawFile(String location, String text) {

    /** The 1-based line holding {@code "id": "ID"}, or 0: JSON findings point at the entry they are about. */
    public int lineOfId(String id) {
        if (text == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\"id\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(id) + "\"").matcher(text);
        return m.find() ? (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
    }
}
