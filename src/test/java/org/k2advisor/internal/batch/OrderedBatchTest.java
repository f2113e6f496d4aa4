package org.k2advisor.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.k2advisor.KnowledgePackException;

/**
 * The pipeline alone, with a stand-in for the advisor that echoes each line's number: order,
 * backpressure and flushing are shown deterministically, by making chunks finish in a chosen order.
 */
class OrderedBatchTest {
    private static final Progress NO_PROGRESS = new Progress(new PrintStream(OutputStream.nullOutputStream()), false);
    /** Echoes the line number; "bad" lines count as errors. */
    private static final OrderedBatch.Handler ECHO = (line, out) -> {
        out.writeBytes((line.number() + "\n").getBytes(StandardCharsets.US_ASCII));
        return !new String(line.bytes(), StandardCharsets.US_ASCII).equals("bad");
    };

    @Test
    void whenAnEarlierChunkFinishesLast_thenItsLinesAreStillWrittenFirst() throws IOException {
        // Given two chunks, the first held back until the second is done
        CountDownLatch secondDone = new CountDownLatch(1);
        int lines = 2 * OrderedBatch.CHUNK_LINES;
        OrderedBatch.Handler slowFirst = (line, out) -> {
            if (line.number() == 1) {
                awaitOrFail(secondDone);
            }
            boolean report = ECHO.advise(line, out);
            if (line.number() == lines) {
                secondDone.countDown();
            }
            return report;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new OrderedBatch(slowFirst, 2, NO_PROGRESS).run(new JsonLines(input(lines)), out);

        // Then the output is still in input order
        assertEquals(numbers(1, lines), out.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void whenTheInputIsLong_thenReadingStaysABoundedWindowAheadOfWriting() throws IOException {
        // Given 100,000 lines of 3 bytes, and an output that checks how far reading has run ahead
        int lines = 100_000;
        int threads = 2;
        CountingInput input = new CountingInput(input(lines));
        long readBuffer = 1 << 16;
        long window = (2L * threads + 2 + 1) * OrderedBatch.CHUNK_LINES * "{}\n".length();
        long[] worstLead = {0};
        OutputStream checking = new OutputStream() {
            long written;

            @Override
            public void write(int b) {
                if (b == '\n') {
                    written++;
                    worstLead[0] = Math.max(worstLead[0], input.bytesRead - written * "{}\n".length());
                }
            }
        };

        Tally tally = new OrderedBatch(ECHO, threads, NO_PROGRESS).run(new JsonLines(input), checking);

        // Then all were written, and reading never ran further ahead than its buffer and the window
        assertEquals(lines, tally.lines());
        assertTrue(worstLead[0] <= readBuffer + window, "read " + worstLead[0] + " bytes ahead of the output");
        assertTrue(input.bytesRead == lines * 3L, "everything read");
    }

    @Test
    void whenTheInputPauses_thenEverythingReadSoFarIsWrittenBeforeWaitingForMore() throws IOException {
        // Given input that arrives in two parts, the second only readable once the first is answered
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] first = "{}\n{}\n{}\n".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "{}\n".getBytes(StandardCharsets.US_ASCII);
        InputStream pausing = new InputStream() {
            int part;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                part++;
                if (part == 2) {
                    // As a program feeding lines one by one waits for each answer before it sends the next
                    assertEquals(numbers(1, 3), out.toString(StandardCharsets.US_ASCII), "written before reading on");
                }
                byte[] bytes = part == 1 ? first : part == 2 ? second : new byte[0];
                System.arraycopy(bytes, 0, buffer, offset, bytes.length);
                return bytes.length == 0 ? -1 : bytes.length;
            }

            @Override
            public int available() {
                return 0; // nothing more is waiting in the pipe
            }
        };

        new OrderedBatch(ECHO, 2, NO_PROGRESS).run(new JsonLines(pausing), out);

        assertEquals(numbers(1, 4), out.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void whenLinesAreErrors_thenTheTallyCountsThemAndNamesTheFirstFive() throws IOException {
        String text = IntStream.rangeClosed(1, 100).mapToObj(i -> i % 10 == 0 ? "bad" : "{}").collect(Collectors.joining("\n"));

        Tally tally = new OrderedBatch(ECHO, 3, NO_PROGRESS).run(new JsonLines(bytes(text)), OutputStream.nullOutputStream());

        assertEquals(10, tally.errors());
        assertTrue(tally.summary(1_000_000_000L).startsWith("100 lines: 90 reports, 10 errors (lines 10, 20, 30, 40, 50, ...), 1.0 s, 100 lines/s"),
                tally.summary(1_000_000_000L));
    }

    @Test
    void whenTheHandlerStopsAtALine_thenTheLinesBeforeItAreWrittenAndNoneAfter() {
        OrderedBatch.Handler failsAt50 = (line, out) -> {
            if (line.number() == 50) {
                throw new KnowledgePackException("advice.drl:3: rule \"x\" failed");
            }
            return ECHO.advise(line, out);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        KnowledgePackException stopped = assertThrows(KnowledgePackException.class,
                () -> new OrderedBatch(failsAt50, 2, NO_PROGRESS).run(new JsonLines(input(200)), out));

        assertEquals("line 50: advice.drl:3: rule \"x\" failed", stopped.getMessage());
        assertEquals(numbers(1, 49), out.toString(StandardCharsets.US_ASCII));
    }

    private static InputStream input(int lines) {
        return bytes("{}\n".repeat(lines));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> i + "\n").collect(Collectors.joining());
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            // Only a guard against a hang if the pipeline ran one chunk at a time; never reached when it works.
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new AssertionError("the second chunk never ran while the first waited");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Counts the bytes the batch has taken from it. */
    private static final class CountingInput extends InputStream {
        private final InputStream in;
        volatile long bytesRead;

        CountingInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            bytesRead += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            bytesRead += Math.max(read, 0);
            return read;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }
    }
}
