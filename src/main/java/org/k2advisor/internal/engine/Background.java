package org.k2advisor.internal.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One piece of start-up work run on a thread of its own while the caller does other work. Start-up
 * is mostly class loading and initialisation, which runs on one core unless something else asks
 * for classes at the same time; these machines have two or more cores, so building the KieBase
 * while the pack's files are read (and, in the command line, while the arguments are parsed)
 * shortens a one-shot run. A plain daemon thread, not a pool: a pool's own start-up would cost
 * part of what this saves, and a daemon never keeps the JVM alive.
 *
 * @param <T> what the work produces
 */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    /** Starts {@code work} now on a new daemon thread named {@code name}. */
    public static <T> Background<T> start(String name, Supplier<T> work) {
        Background<T> background = new Background<>(work);
        Thread thread = new Thread(background.task, name);
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    /**
     * Waits for the work and returns what it produced, or throws what it threw, unchanged, so that
     * a caller sees the same exception as when it did the work itself.
     */
    public T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The work is short and its result is needed; keep waiting, then restore the flag.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
