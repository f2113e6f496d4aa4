package org.k2advisor.internal.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A single line on standard error, redrawn in place, that says how far a batch has come, for a
 * person watching a terminal; where standard error is a file or a pipe it draws nothing, since
 * a log would fill with carriage returns. It is redrawn at most five times a second, so drawing
 * never costs more than it tells.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    /** Moves to the start of the line and erases it (the ANSI "erase in line" sequence). */
    private static final String CLEAR = "\r\u001b[K";

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDrawn = start;
    private boolean shown;

    /** @param terminal whether {@code err} is a terminal; nothing is drawn when it is not */
    public Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void update(Tally tally) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        double seconds = (now - start) / 1e9;
        err.print(String.format(Locale.ROOT, "%sk2advisor batch: %,d lines, %,.0f lines/s, %,d %s", CLEAR,
                tally.lines(), tally.lines() / seconds, tally.errors(), tally.errors() == 1 ? "error" : "errors"));
        err.flush();
        shown = true;
    }

    /** Erases the line, so that what follows (the summary, or an error) starts on a clean line. */
    public void clear() {
        if (shown) {
            err.print(CLEAR);
            err.flush();
            shown = false;
        }
    }

    /** Nanoseconds since the batch started. */
    public long elapsedNanos() {
        return System.nanoTime() - start;
    }
}
