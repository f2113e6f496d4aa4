package org.k2advisor;

/** An advice id that the pack's catalogue does not hold: the message names the nearest one. */
public final class UnknownAdviceException extends AdvisorException {
    private static final long serialVersionUID = 1L;

    /** The id asked for, shortened for messages. */
    private final String adviceId;

    /**
     * An unknown id.
     *
     * @param adviceId the id asked for, as it may be shown
     * @param message one line naming it and the nearest known id
     */
    public UnknownAdviceException(String adviceId, String message) {
        super(message);
        this.adviceId = adviceId;
    }

    /**
     * The id asked for.
     *
     * @return the id, shortened to at most about 40 characters
     */
    public String adviceId() {
        return adviceId;
    }
}
