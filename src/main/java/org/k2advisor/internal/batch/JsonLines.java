package org.k2advisor.internal.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a JSON Lines stream as bytes, not text: each line is decoded on its own, so a line
 * that is not UTF-8 is an error for that line alone, and its line number stays right. A line is
 * kept up to {@link #MAX_LINE_BYTES}; past that, the rest is read and dropped (only its length is
 * counted), so one endless line cannot fill memory. Lines end with \n; a \r before it is dropped,
 * so files written on Windows read the same. A last line without \n still counts.
 */
public final class JsonLines {
    /** The size limit of an answers file (see AnswersSource), for one line: a real one is a few hundred bytes. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    /**
     * One line, numbered from 1.
     *
     * @param bytes the line without its end, or null when it was longer than {@link #MAX_LINE_BYTES}
     * @param length its length in bytes, also when it was too long to keep
     */
    public record Line(long number, byte[] bytes, long length) {
        public boolean tooLong() {
            return bytes == null;
        }

        /** Empty, or nothing but spaces and tabs. */
        public boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    /** The line being assembled; grows up to MAX_LINE_BYTES and is then reused. */
    private byte[] line = new byte[8 << 10];
    private long number;

    public JsonLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws InputFailure {
        if (position == limit && !fill()) {
            return null;
        }
        long length = 0;
        boolean ended = false;
        while (!ended && (position < limit || fill())) {
            int end = indexOfLineFeed();
            ended = end < limit;
            keep(position, end, length);
            length += end - position;
            position = ended ? end + 1 : end;
        }
        number++;
        if (length > MAX_LINE_BYTES) {
            return new Line(number, null, length);
        }
        int kept = (int) length;
        if (kept > 0 && line[kept - 1] == '\r') {
            kept--;
        }
        return new Line(number, Arrays.copyOf(line, kept), kept);
    }

    /**
     * Whether {@link #next} can return without waiting for more input: a whole line is buffered, or
     * the stream has bytes ready. When it cannot, the caller finishes and writes what it holds, so
     * a program that feeds lines one at a time through a pipe gets each answer before it sends the next.
     */
    public boolean lineReady() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return true;
            }
        }
        try {
            return in.available() > 0;
        } catch (IOException e) {
            return false; // the next read says what is wrong
        }
    }

    private int indexOfLineFeed() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return limit;
    }

    /** Copies buffer[from, to) after the {@code length} bytes already kept, unless the line is already too long. */
    private void keep(int from, int to, long length) {
        long total = length + (to - from);
        if (total > MAX_LINE_BYTES) {
            return;
        }
        if (total > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(MAX_LINE_BYTES, Math.max(total, 2L * line.length)));
        }
        System.arraycopy(buffer, from, line, (int) length, to - from);
    }

    private boolean fill() throws InputFailure {
        try {
            int read = in.read(buffer);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        } catch (IOException e) {
            throw new InputFailure(e);
        }
    }

    /** Reading the input failed: told apart from a failure to write the output, which names --out. */
    public static final class InputFailure extends IOException {
        private static final long serialVersionUID = 1L;

        InputFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
