package org.k2advisor.internal.render;

import java.util.List;

/**
 * What every output from a pack loaded despite failing the safety checks puts first: reports,
 * explanations, comparisons and teaching alike, so a reader never sees the pack's unsafe text
 * without being told. One place for the words in each format; empty for a safe pack.
 */
public final class PackWarnings {
    private static final String INDENT = "    ";

    private PackWarnings() {}

    /** For a terminal: "WARNING: ..." wrapped to {@code width}, then a blank line. */
    public static String text(List<String> warnings, int width) {
        StringBuilder out = new StringBuilder();
        for (String warning : warnings) {
            out.append(Wrap.wrap("WARNING: ", INDENT, warning, width));
        }
        if (!warnings.isEmpty()) {
            out.append('\n');
        }
        return out.toString();
    }

    /** For Markdown: one quoted "Warning:" paragraph each. */
    public static String markdown(List<String> warnings) {
        StringBuilder md = new StringBuilder();
        for (String warning : warnings) {
            md.append("> **Warning:** ").append(warning).append("\n\n");
        }
        return md.toString();
    }

    /** For a diagram's source, as comments ({@code "%% "} for Mermaid, {@code "// "} for DOT). */
    public static String comments(List<String> warnings, String marker) {
        StringBuilder out = new StringBuilder();
        for (String warning : warnings) {
            out.append(marker).append("WARNING: ").append(warning.replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }
}
