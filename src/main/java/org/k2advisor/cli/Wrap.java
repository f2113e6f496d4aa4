package org.k2advisor.cli;

/** Word wrapping for an 80-column terminal. Public for the interview package, which words its questions alike. */
public final class Wrap {
    static final int WIDTH = 80;

    private Wrap() {}

    /** Wraps {@code text} to the width, first line after {@code first}, the rest after {@code indent}. */
    public static String wrap(String first, String indent, String text) {
        StringBuilder out = new StringBuilder(first);
        int column = first.length();
        boolean lineHasWord = false;
        for (String word : text.strip().split("\\s+")) {
            if (lineHasWord && column + 1 + word.length() > WIDTH) {
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
