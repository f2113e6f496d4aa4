package org.k2advisor.internal.engine;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.k2advisor.AdvisorException;
import org.k2advisor.KnowledgePackException;

/**
 * Where an evaluation runs, and why there are two answers.
 *
 * <p>Every evaluation has a time budget. Between firings the trace recorder reads the clock and
 * halts the session once the budget is spent, on whatever thread runs it: that stops a run that is
 * slow but progressing. It cannot stop a rule action that never returns ({@code while (true) {}}):
 * nothing in Java stops a thread that does not cooperate (Thread.stop was never safe, and throws
 * from JDK 20 on). So:
 *
 * <ul>
 * <li>{@link #INLINE}, for the built-in pack. Its rules are precompiled at build time and tested to
 * terminate (every scenario, generated profiles), and an evaluation takes about 20 µs: handing each
 * one to another thread would cost more than the evaluation itself, and throughput is measured on
 * one thread. It runs on the caller's thread with the between-firings check only. That check reads
 * the clock after every 8th firing (and once at the end): a clock read (20 to 30 ns) after each of
 * the pack's 20 or so firings would add 2 to 4% to an evaluation, and as its firings take
 * microseconds, the run still stops within microseconds of the budget.</li>
 * <li>{@link #ISOLATED}, for packs compiled from a directory: an educator's edits, whose rule actions
 * may hold any Java (the clock is read after every firing). Each evaluation runs on a worker thread
 * (a daemon named {@code k2advisor-rules-N}) and the caller waits at most the budget. When it runs
 * out, the caller throws a {@link KnowledgePackException} naming the rule whose action was running,
 * and interrupts the worker (which ends an action that sleeps or waits). The caller does not touch
 * the session, which the worker may be closing at that very moment: if the worker comes back, its
 * own budget check halts the session at the end of that firing and discards it, so a late run never
 * returns its session to the pool. A worker that never comes back cannot be killed: it is abandoned,
 * still running. The command line exits all the same (workers are daemons); a long-running host
 * should treat a pack that ran out of time as broken and stop using it, as each such call can leave
 * a thread busy for good.</li>
 * </ul>
 */
enum Containment {
    INLINE {
        @Override
        <T> T run(Attempt<T> attempt) {
            return attempt.call();
        }

        @Override
        boolean clockEveryFiring() {
            return false;
        }
    },
    ISOLATED {
        @Override
        <T> T run(Attempt<T> attempt) {
            Future<T> future = Workers.POOL.submit(attempt::call);
            try {
                long left = attempt.budget().toNanos() - (System.nanoTime() - attempt.start());
                return future.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (future.cancel(true)) {
                    throw attempt.abandon();
                }
                return outcome(future); // it finished as time ran out
            } catch (ExecutionException e) {
                throw rethrow(e);
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new AdvisorException("interrupted while the rules were running");
            }
        }
    };

    /** Runs {@code attempt} here or on a worker, and returns what it returned or throws what it threw. */
    abstract <T> T run(Attempt<T> attempt);

    /** Whether the time budget is checked after every firing, or after every 8th. */
    boolean clockEveryFiring() {
        return true;
    }

    private static <T> T outcome(Future<T> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw rethrow(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdvisorException("interrupted while the rules were running");
        }
    }

    /** What the attempt threw, as it threw it. */
    private static RuntimeException rethrow(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
            return cause;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }

    /** One evaluation, run by {@link #run} on one thread or another. */
    interface Attempt<T> {
        /** Runs the evaluation to the end on the calling thread, halting between firings when the budget is spent. */
        T call();

        /** System.nanoTime() when the budget began. */
        long start();

        Duration budget();

        /**
         * Called by the thread that stopped waiting while {@link #call()} may still be running on
         * another: says what was running. It must not touch the run's session, which is not its own.
         */
        KnowledgePackException abandon();
    }

    /** Created on first use, so the built-in pack never starts a thread. */
    private static final class Workers {
        private static final AtomicInteger COUNT = new AtomicInteger();
        /** A thread per evaluation in flight, kept 30 s when idle; an abandoned one is simply never idle again. */
        static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "k2advisor-rules-" + COUNT.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
