package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.k2advisor.internal.json.ErrorJson;

/**
 * Answers that cannot be used. It lists every problem found, not just the first, so that a person
 * or a calling program can fix them all in one go; each has a stable {@link Code}, the field it is
 * about and a one-line message that says what is allowed. {@link #field()} and
 * {@link #getMessage()} describe the first problem, as they did before there was a list.
 *
 * <p>Messages echo at most about 40 characters of any value given, with control characters
 * escaped, so they are always short single lines, whatever the input.
 */
public final class InvalidAnswersException extends AdvisorException {
    private static final long serialVersionUID = 1L;

    /**
     * What kind of problem it is. {@link #id()} is the stable, lower-case name ("unknown_id") to
     * use in logs, JSON or tests; the words of a message may change, the ids do not.
     */
    public enum Code {
        /** The answers are not one JSON object: a syntax error, a repeated id, or content after the object. */
        MALFORMED_JSON,
        /** The bytes of an answers file or of standard input are not UTF-8 (a UTF-8 byte-order mark is fine). */
        NOT_UTF8,
        /** The answers file cannot be read: no such file, permission denied, a directory, an empty name. */
        UNREADABLE,
        /** A document, a value or a number is beyond the size the advisor reads. */
        TOO_LONG,
        /** No question has this id (or the id is null). */
        UNKNOWN_ID,
        /** The value is not of a kind the question allows: a word for a number, null, NaN, an array. */
        WRONG_TYPE,
        /** A number outside the question's range, or beyond the numbers the advisor handles at all. */
        OUT_OF_RANGE,
        /** The question applies only after another answer, and that answer says it does not apply. */
        NOT_APPLICABLE,
        /**
         * The question applies only after another answer that is not given, and this answer does not
         * imply it: "no" or "don't know" to dialysis says nothing about kidney disease, and a gate that
         * allows several values cannot be implied at all. The message names the answer to add.
         */
        GATE_UNANSWERED,
        /** The command line asks for something that cannot be done, such as overwriting a file without --force. */
        USAGE,
        /**
         * A FHIR resource the advisor cannot read as answers: not a QuestionnaireResponse, one to
         * another questionnaire or to another major version of ours, one whose status says its
         * answers do not stand, or one shaped unlike the questionnaire (nested items, several answers
         * to one question, an item given twice, an unknown element or a modifier extension).
         */
        INVALID_FHIR;

        /**
         * The stable name, for logs, JSON and tests.
         *
         * @return such as "malformed_json", "not_utf8", "unreadable", "too_long", "unknown_id", "gate_unanswered", "invalid_fhir"
         */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One problem with the answers.
     *
     * @param code what kind of problem it is
     * @param field the answer id it is about ("answers" for the document as a whole, an option such
     *     as "--answers" for the command line)
     * @param message what is wrong and what is allowed, in one line
     * @serial exclude
     */
    public record Problem(Code code, String field, String message) implements Serializable {
        private static final long serialVersionUID = 1L;

        /**
         * Checks that every part is present.
         *
         * @param code what kind of problem it is
         * @param field the answer id it is about
         * @param message what is wrong and what is allowed, in one line
         */
        public Problem {
            requireNonNull(code, "code");
            requireNonNull(field, "field");
            requireNonNull(message, "message");
        }

        /** "field: message", the line the command line prints after "k2advisor: ". */
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    /** Every problem found, in the order they are shown; never empty. */
    private final List<Problem> problems;

    /**
     * One problem of the given kind.
     *
     * @param code what kind of problem it is
     * @param field the answer id it is about
     * @param message what is wrong and what is allowed, in one line
     */
    public InvalidAnswersException(Code code, String field, String message) {
        this(List.of(new Problem(code, field, message)));
    }

    /**
     * One problem without a more precise kind: code {@link Code#USAGE}. Kept for callers written
     * before problems had codes; prefer {@link #InvalidAnswersException(Code, String, String)}.
     *
     * @param field the answer id or option it is about
     * @param problem what is wrong, in one line
     */
    public InvalidAnswersException(String field, String problem) {
        this(Code.USAGE, field, problem);
    }

    /**
     * Several problems, in the order they should be shown.
     *
     * @param problems at least one
     */
    public InvalidAnswersException(List<Problem> problems) {
        super(first(problems).toString());
        this.problems = List.copyOf(problems);
    }

    private static Problem first(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidAnswersException needs at least one problem");
        }
        return problems.get(0);
    }

    /**
     * Every problem found.
     *
     * @return in order, unknown ids first, then the questionnaire's order; never empty
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The field of the first problem.
     *
     * @return an answer id, "answers" for the document as a whole, or an option
     */
    public String field() {
        return problems.get(0).field();
    }

    /**
     * The problems as JSON, the shape the schema {@code error.schema.json} describes:
     * {@code {"problems": [{"code": "out_of_range", "field": "age", "message": "..."}]}}.
     *
     * @return the JSON text, indented
     */
    public String toJson() {
        return ErrorJson.json(this);
    }

    /**
     * The code of the first problem.
     *
     * @return what kind of problem it is
     */
    public Code code() {
        return problems.get(0).code();
    }
}
