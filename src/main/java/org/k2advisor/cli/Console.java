package org.k2advisor.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The process's streams, passed down so that commands never touch System.in/out directly, and the
 * width a person's report is wrapped to (see {@link TerminalWidth}).
 */
record Console(InputStream in, PrintStream out, PrintStream err, int width) {

    /** Writes a finished piece of output at once, so that an error never leaves half a report. */
    void print(String text) {
        out.print(text);
        out.flush();
    }
}
