package org.k2advisor.cli.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

import org.k2advisor.internal.answers.ValueEcho;

/**
 * Lines from a stream, each cut at {@link #MAX_LINE} characters. BufferedReader.readLine holds a
 * whole line however long, so one endless line on standard input would fill memory; here the
 * rest of an over-long line is read and dropped, and what is kept is still long enough for the
 * answer check to say it is too long. Line ends are those of readLine: \n, \r\n or \r.
 */
public final class BoundedLines {
    /** Far more than any answer or command; one more character is kept, so a cut line is seen as too long. */
    public static final int MAX_LINE = 1000;

    private final Reader reader;
    private boolean skipLineFeed;

    public BoundedLines(Reader reader) {
        this.reader = reader instanceof BufferedReader ? reader : new BufferedReader(reader);
    }

    /** The next line without its end, at most MAX_LINE + 1 characters; null at the end of input. */
    public String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        if (c == '\n' && skipLineFeed) {
            c = reader.read();
        }
        skipLineFeed = false;
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n' && c != '\r') {
            if (line.length() <= MAX_LINE) {
                line.append((char) c);
            }
            c = reader.read();
        }
        skipLineFeed = c == '\r';
        return line.toString();
    }

    /** {@code line} cut to MAX_LINE + 1 characters, as {@link #readLine} cuts it. */
    static String cut(String line) {
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE + 1) : line;
    }

    /**
     * A line read, as the transcript and messages show it: {@link ValueEcho#bare} (about 40
     * characters, control characters escaped), and for a line that was cut, "over 1,000
     * characters" rather than the 1,001 that were kept.
     */
    public static String shown(String line) {
        if (line.length() <= MAX_LINE) {
            return ValueEcho.bare(line);
        }
        String start = line.substring(0, line.offsetByCodePoints(0, Math.min(ValueEcho.MAX_CHARS, line.codePointCount(0, line.length()))));
        return ValueEcho.bare(start) + "... (over " + String.format(java.util.Locale.ROOT, "%,d", MAX_LINE) + " characters)";
    }

    /** As {@link #shown}, in quotes: what a person typed, as a message repeats it. */
    public static String quoted(String line) {
        return "\"" + shown(line) + "\"";
    }
}
