package org.k2advisor.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.k2advisor.internal.render.Wrap;

/**
 * The width a report is wrapped to: the terminal's own when standard output is one, else COLUMNS,
 * else 80. Never below 40 (nothing readable fits) nor above 100 (longer lines are hard to read,
 * however wide the window).
 */
final class TerminalWidth {
    static final int MIN = org.k2advisor.Render.MIN_WIDTH;
    static final int MAX = 100;

    private TerminalWidth() {}

    /** For the real process: asks the terminal only when standard output is one. */
    static int detect() {
        return choose(isTerminal(1) ? sttyColumns() : null, System.getenv("COLUMNS"));
    }

    /** The rule itself, apart from where its inputs come from. */
    static int choose(Integer terminalColumns, String columnsVariable) {
        Integer width = terminalColumns;
        if (width == null && columnsVariable != null) {
            try {
                width = Integer.valueOf(columnsVariable.strip());
            } catch (NumberFormatException e) {
                width = null; // a malformed COLUMNS is ignored, as shells do
            }
        }
        if (width == null || width <= 0) {
            return Wrap.WIDTH;
        }
        return Math.max(MIN, Math.min(MAX, width));
    }

    /**
     * Whether a descriptor of this process (1 standard output, 2 standard error) is a terminal: Java 17
     * cannot tell, but on Linux the descriptor's link can. False wherever that link cannot be read.
     */
    static boolean isTerminal(int descriptor) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** "rows columns" from stty on the controlling terminal; null when that fails. */
    private static Integer sttyColumns() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(1, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return null;
            }
            String[] parts = out.split("\\s+");
            return parts.length == 2 ? Integer.valueOf(parts[1]) : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
