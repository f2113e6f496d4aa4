package org.k2advisor.internal.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.k2advisor.KnowledgePackException;

/**
 * Advises the lines of a JSON Lines stream on worker threads and writes the results strictly in
 * input order. The calling thread reads, hands lines out in chunks (one task per line would cost
 * about as much in hand-over as the advice itself), and writes each chunk's output as soon as all
 * chunks before it are written. Memory is bounded: at most {@code 2 × threads + 2} chunks of at
 * most {@value #CHUNK_LINES} lines are in flight, and no more than {@value #IN_FLIGHT_BYTES} bytes
 * of input, so reading waits for writing (backpressure), whatever the size of the input.
 */
public final class OrderedBatch {
    static final int CHUNK_LINES = 32;
    /** A chunk of long lines is cut early, so the window holds a bounded amount of input. */
    static final int CHUNK_BYTES = 256 << 10;
    static final long IN_FLIGHT_BYTES = 32L << 20;

    private final Handler handler;
    private final int threads;
    private final Progress progress;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    private final Tally tally = new Tally();
    private long bytesInFlight;
    /** The lines read but not yet handed out. */
    private final List<JsonLines.Line> chunk = new ArrayList<>(CHUNK_LINES);
    private long chunkBytes;

    /** One chunk handed out: its futures' results are written in this order. */
    private record Pending(Future<Done> result, long bytes) {}

    /** What a chunk produced; {@code failure} stops the batch after the lines written before it. */
    private record Done(ByteArrayOutputStream output, Tally tally, KnowledgePackException failure) {}

    /** What is done with one line; called from the worker threads, so it must be thread-safe. */
    @FunctionalInterface
    public interface Handler {
        /**
         * Appends the line's output record, line feed included, to {@code out}.
         *
         * @return true for a report, false for an error object
         * @throws KnowledgePackException to stop the batch at this line
         */
        boolean advise(JsonLines.Line line, ByteArrayOutputStream out);
    }

    public OrderedBatch(Handler handler, int threads, Progress progress) {
        this.handler = handler;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * Runs the whole input; an instance runs once.
     *
     * @return what was written
     * @throws JsonLines.InputFailure when the input cannot be read
     * @throws IOException when the output cannot be written
     * @throws KnowledgePackException when the pack's rules fail on a line: the message names the
     *     line; every line before it has been written
     */
    public Tally run(JsonLines lines, OutputStream out) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            while (true) {
                if (!lines.lineReady()) {
                    // The input has paused (or ended): finish and write all that came so far.
                    handOut(workers, out);
                    writeAll(out);
                }
                JsonLines.Line line = lines.next();
                if (line == null) {
                    handOut(workers, out);
                    writeAll(out);
                    return tally;
                }
                chunk.add(line);
                chunkBytes += line.length();
                if (chunk.size() == CHUNK_LINES || chunkBytes >= CHUNK_BYTES) {
                    handOut(workers, out);
                }
            }
        } finally {
            // After a failure, chunks still being advised are abandoned.
            workers.shutdownNow();
        }
    }

    /** Submits the chunk read so far (if any), once there is room in the window. */
    private void handOut(ExecutorService workers, OutputStream out) throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        while (inFlight.size() >= 2 * threads + 2 || bytesInFlight >= IN_FLIGHT_BYTES) {
            writeHead(out);
        }
        List<JsonLines.Line> lines = List.copyOf(chunk);
        inFlight.addLast(new Pending(workers.submit(() -> advise(lines)), chunkBytes));
        bytesInFlight += chunkBytes;
        chunk.clear();
        chunkBytes = 0;
    }

    private Done advise(List<JsonLines.Line> lines) {
        // A report is about 8 KB, 20 KB with its trace: room for most chunks without regrowing.
        ByteArrayOutputStream output = new ByteArrayOutputStream(lines.size() * (12 << 10));
        Tally counts = new Tally();
        for (JsonLines.Line line : lines) {
            try {
                if (handler.advise(line, output)) {
                    counts.report();
                } else {
                    counts.error(line.number());
                }
            } catch (KnowledgePackException e) {
                // Every line would meet the same broken rules; the reports already made stay valid.
                return new Done(output, counts,
                        new KnowledgePackException("line " + line.number() + ": " + e.getMessage(), e));
            }
        }
        return new Done(output, counts, null);
    }

    private void writeAll(OutputStream out) throws IOException {
        while (!inFlight.isEmpty()) {
            writeHead(out);
        }
        out.flush();
    }

    private void writeHead(OutputStream out) throws IOException {
        Pending head = inFlight.removeFirst();
        bytesInFlight -= head.bytes();
        Done done = await(head.result());
        done.output().writeTo(out);
        tally.add(done.tally());
        if (done.failure() != null) {
            out.flush();
            throw done.failure();
        }
        progress.update(tally);
    }

    private static Done await(Future<Done> result) throws InterruptedIOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the batch was interrupted");
        } catch (ExecutionException e) {
            // A bug, not a bad line: the command line reports it as an internal error.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            // Daemons: a worker left in a rule that never returns must not keep the process alive.
            Thread thread = new Thread(task, "k2advisor-batch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
