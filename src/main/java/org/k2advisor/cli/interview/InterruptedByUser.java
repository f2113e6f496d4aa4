package org.k2advisor.cli.interview;

/** Ctrl-C while the interview waits for a line: the session ends at once, writing nothing. */
public final class InterruptedByUser extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InterruptedByUser() {
        super("interrupted", null, false, false);
    }
}
