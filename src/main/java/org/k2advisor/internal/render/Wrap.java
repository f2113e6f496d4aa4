package org.k2advisor.internal.render;

/** Word wrapping for a terminal. Public for the interview package, which words its questions alike. */
public final class Wrap {
    /** The width when nothing better is known, and for the educator tools' fixed-width listings. */
    public static final int WIDTH = 80;

    private Wrap() {}

    /** Wraps {@code text} to 80 columns, first line after {@code first}, the rest after {@code indent}. */
    public static String wrap(String first, String indent, String text) {
        return wrap(first, indent, text, WIDTH);
    }

    /** Wraps {@code text} to {@code width} columns, first line after {@code first}, the rest after {@code indent}. */
    public static String wrap(String first, String indent, String text, int width) {
        StringBuilder out = new StringBuilder(first);
        int column = first.length();
        boolean lineHasWord = false;
        for (String word : text.strip().split("\\s+")) {
            if (lineHasWord && column + 1 + word.length() > width) {
                out.append('\n').append(indent);
                column = indent.length();
                lineHasWord = false;
            }
            if (lineHasWord) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineHasWord = true;
        }
        return out.append('\n').toString();
    }
}
