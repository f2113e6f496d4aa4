package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;

import org.k2advisor.InvalidAnswersException.Problem;

/**
 * What every fuzz test (the classes named *FuzzTest) asserts of each input, whatever it is: a
 * problem is told in one short line without control characters, and the work done for one input
 * stays bounded. Work is measured as the bytes this thread allocated, which, unlike time, does not
 * depend on what else the machine is doing: the input that took 5 GB and 34 s (issue 8) fails here
 * at once, in a normal test run as much as while fuzzing.
 */
public final class FuzzChecks {
    /** As BadInputTest.MAX_LINE: a fixed text plus a value echoed at most ~40 characters fits well within it. */
    public static final int MAX_LINE = 250;
    /** Allowed per input, besides {@link #BYTES_PER_INPUT_BYTE} for each byte of it. One report takes about 1 MB. */
    public static final long BASE_ALLOCATION = 64L << 20;
    /** Reading, decoding and parsing copy the input a few times: far below this many bytes for each byte. */
    public static final long BYTES_PER_INPUT_BYTE = 64;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FuzzChecks() {}

    /**
     * Runs {@code work} (all of it: it must make its own streams, so that it can run twice) and fails
     * when it allocated more than an input of {@code inputSize} bytes may. The first run of a path can
     * load classes, which a fuzzing run also instruments, on this very thread; so an input over the
     * bound is run once more, and only a second run over it fails: a real blow-up happens every time.
     */
    public static void assertBoundedWork(long inputSize, String what, Runnable work) {
        long allowed = BASE_ALLOCATION + BYTES_PER_INPUT_BYTE * inputSize;
        long allocated = allocation(work);
        if (allocated > allowed) {
            allocated = allocation(work);
            if (allocated > allowed) {
                fail(what + " allocated " + (allocated >> 20) + " MB for an input of " + inputSize + " bytes (at most "
                        + (allowed >> 20) + " MB allowed): a value expanded before its size was checked?");
            }
        }
    }

    private static long allocation(Runnable work) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        work.run();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    /** Every problem has a code, a short field and a message of one short line that shows no control character. */
    public static void assertReadable(InvalidAnswersException e) {
        assertFalse(e.problems().isEmpty(), "an InvalidAnswersException lists at least one problem");
        for (Problem problem : e.problems()) {
            assertNotNull(problem.code());
            assertFalse(problem.field().isEmpty(), () -> "empty field in " + problem);
            assertOneShortLine(problem.toString());
        }
        assertOneShortLine(e.getMessage());
    }

    /** One line of at most {@link #MAX_LINE} characters, with no control or format character in it. */
    public static void assertOneShortLine(String line) {
        assertTrue(line.length() <= MAX_LINE, () -> "a line of " + line.length() + " characters: " + line.substring(0, 120));
        assertNoControlCharacters(line, false);
    }

    /**
     * No control or format character (escape sequences, bidirectional overrides) and no Unicode line
     * or paragraph separator; line feeds only where {@code lineEndsAllowed}.
     */
    public static void assertNoControlCharacters(String text, boolean lineEndsAllowed) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (lineEndsAllowed && c == '\n') {
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                int at = i;
                fail(String.format("control character U+%04X at %d in: %s", c, at,
                        text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60))));
            }
        }
    }
}
