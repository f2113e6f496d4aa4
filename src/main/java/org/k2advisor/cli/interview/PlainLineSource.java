package org.k2advisor.cli.interview;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.json.StrictUtf8;

/**
 * Lines from a stream that is not a terminal: a script, a pipe or a test, each line bounded in
 * length as {@link BoundedLines} bounds them. Each line read is echoed after its prompt, so the
 * output of a scripted run reads like the conversation it was; the echo is a message's echo
 * ({@link ValueEcho}: about 40 characters, control characters escaped), so no line can write an
 * escape sequence to the terminal or flood the transcript. (Typing at a terminal while standard
 * output goes to a pipe shows each answer twice on screen, once from the terminal and once through
 * the pipe: the price of readable transcripts.)
 *
 * <p>Lines are decoded strictly, as {@code advise --answers -} decodes standard input: a line that
 * is not UTF-8 (Latin-1 text, say) is not silently turned into U+FFFD but refused, saying which
 * byte, and the prompt is shown again.
 */
public final class PlainLineSource implements LineSource {
    /** Enough bytes for {@link BoundedLines#MAX_LINE} + 1 characters of any kind; the rest of a line is dropped. */
    private static final int MAX_BYTES = 4 * (BoundedLines.MAX_LINE + 1);

    private final InputStream in;
    private final PrintStream out;
    private boolean skipLineFeed;

    public PlainLineSource(InputStream in, PrintStream out) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
        this.out = out;
    }

    @Override
    public String readLine(String prompt, List<String> completions) {
        while (true) {
            out.print(prompt);
            byte[] bytes;
            try {
                bytes = readBytes();
            } catch (IOException e) {
                // A stream that fails mid-way is, for the interview, a stream that has ended.
                bytes = null;
            }
            if (bytes == null) {
                out.println();
                out.flush();
                return null;
            }
            try {
                String line = BoundedLines.cut(StrictUtf8.decodeLine(bytes));
                out.println(BoundedLines.shown(line));
                out.flush();
                return line;
            } catch (InvalidAnswersException e) {
                out.println();
                out.println("  Sorry, that line was not read: " + e.problems().get(0).message().replace("; save the answers as UTF-8", "")
                        + ". Please type it again.");
                out.flush();
            }
        }
    }

    /**
     * The bytes of the next line without its end (\n, \r\n or \r), at most {@link #MAX_BYTES} of
     * them and never half a character; null at the end of input.
     */
    private byte[] readBytes() throws IOException {
        int b = in.read();
        if (b == '\n' && skipLineFeed) {
            b = in.read();
        }
        skipLineFeed = false;
        if (b == -1) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean cut = false;
        while (b != -1 && b != '\n' && b != '\r') {
            if (line.size() < MAX_BYTES) {
                line.write(b);
            } else {
                cut = true;
            }
            b = in.read();
        }
        skipLineFeed = b == '\r';
        byte[] bytes = line.toByteArray();
        if (!cut) {
            return bytes;
        }
        // Cut mid-character, the line would read as not UTF-8: drop the last, maybe partial, character.
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80 && bytes.length - end < 3) {
            end--;
        }
        if (end > 0 && (bytes[end - 1] & 0x80) != 0) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }
}
