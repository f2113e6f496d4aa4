package org.k2advisor;

/** Answers that cannot be used: the message names the field and what is allowed. */
public final class InvalidAnswersException extends AdvisorException {
    private static final long serialVersionUID = 1L;
    /** The answer id the problem is about, kept in the serialized form. */
    private final String field;

    /**
     * An unusable answer; the message reads "field: problem".
     *
     * @param field the answer id, or "answers" for the document as a whole
     * @param problem what is wrong and what is allowed
     */
    public InvalidAnswersException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /**
     * Which answer the problem is about.
     *
     * @return the answer id, or "answers" for the document as a whole
     */
    public String field() {
        return field;
    }
}
