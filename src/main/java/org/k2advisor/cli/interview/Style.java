package org.k2advisor.cli.interview;

/**
 * ANSI colours for a person at a terminal; plain text everywhere else, and always plain when
 * NO_COLOR is set (https://no-color.org), so logs, pipes and screen readers get clean text.
 */
public final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean colour;

    private Style(boolean colour) {
        this.colour = colour;
    }

    public static Style plain() {
        return new Style(false);
    }

    /** Colours only on a terminal, and only when NO_COLOR is absent or empty (as the convention says). */
    public static Style forTerminal(boolean terminal, String noColor) {
        return new Style(terminal && (noColor == null || noColor.isEmpty()));
    }

    boolean colours() {
        return colour;
    }

    String question(String text) {
        return paint("\u001b[1m", text);
    }

    String hint(String text) {
        return paint("\u001b[2m", text);
    }

    String problem(String text) {
        return paint("\u001b[33m", text);
    }

    String urgent(String text) {
        return paint("\u001b[1;31m", text);
    }

    private String paint(String code, String text) {
        if (!colour || text.isEmpty()) {
            return text;
        }
        // Colour each line on its own, so a wrapped block never leaks colour into the next line.
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].isEmpty() ? "" : code + lines[i] + RESET;
        }
        return String.join("\n", lines);
    }
}
