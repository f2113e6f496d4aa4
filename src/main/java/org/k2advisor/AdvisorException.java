package org.k2advisor;

/** Base of the errors the advisor reports; each message is one line meant for a person. */
public class AdvisorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AdvisorException(String message) {
        super(message);
    }

    public AdvisorException(String message, Throwable cause) {
        super(message, cause);
    }
}
