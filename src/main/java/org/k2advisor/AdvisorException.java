package org.k2advisor;

/** Base of the errors the advisor reports; each message is one line meant for a person. */
public class AdvisorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An error with a one-line message.
     *
     * @param message what went wrong, for a person to read
     */
    public AdvisorException(String message) {
        super(message);
    }

    /**
     * An error with a one-line message and the exception behind it.
     *
     * @param message what went wrong, for a person to read
     * @param cause the underlying exception
     */
    public AdvisorException(String message, Throwable cause) {
        super(message, cause);
    }
}
