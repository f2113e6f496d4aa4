package org.k2advisor;

/** A knowledge pack that cannot be loaded or run: the message names the file (and line). */
public final class KnowledgePackException extends AdvisorException {
    private static final long serialVersionUID = 1L;

    public KnowledgePackException(String message) {
        super(message);
    }

    public KnowledgePackException(String message, Throwable cause) {
        super(message, cause);
    }
}
