package org.k2advisor;

/** A knowledge pack that cannot be loaded or run: the message names the file (and line). */
public final class KnowledgePackException extends AdvisorException {
    private static final long serialVersionUID = 1L;

    /**
     * A pack problem.
     *
     * @param message the problem, starting with the file (and line) where it is
     */
    public KnowledgePackException(String message) {
        super(message);
    }

    /**
     * A pack problem with the exception behind it.
     *
     * @param message the problem, starting with the file (and line) where it is
     * @param cause the underlying exception
     */
    public KnowledgePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
