package org.k2advisor;

/** Answers that cannot be used: the message names the field and what is allowed. */
public final class InvalidAnswersException extends AdvisorException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidAnswersException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The answer id (or "answers" for the document as a whole) the problem is about. */
    public String field() {
        return field;
    }
}
