package org.k2advisor.service;

import java.util.List;

import org.k2advisor.InvalidAnswersException;

/**
 * A request the service refuses, as RFC 9457 problem details: a stable code (also the last part of
 * the type URI, such as {@code .../problems/body-too-large}), a short title for the kind, the status,
 * the field it is about where there is one (a query parameter such as {@code width}, a header such as
 * {@code Content-Type}, a CDS Hooks member), and a one-line detail for this occurrence. Invalid answers
 * add every problem with its own field and code.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String TYPE_BASE = "https://k2advisor.org/problems/";

    final int status;
    final String code;
    final String title;
    /** The query parameter, header or request member it is about, or null when it is about no one of them. */
    final String field;
    final transient List<InvalidAnswersException.Problem> problems;
    /** Seconds a client should wait before trying again (503), or 0. */
    final int retryAfter;

    HttpProblem(int status, String code, String title, String detail) {
        this(status, code, title, null, detail, List.of(), 0);
    }

    HttpProblem(int status, String code, String title, String field, String detail,
            List<InvalidAnswersException.Problem> problems, int retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.field = field;
        this.problems = List.copyOf(problems);
        this.retryAfter = retryAfter;
    }

    /** The same problem, about this query parameter, header or member. */
    HttpProblem about(String field) {
        return new HttpProblem(status, code, title, field, getMessage(), problems, retryAfter);
    }

    static HttpProblem invalidAnswers(InvalidAnswersException e) {
        return new HttpProblem(400, "invalid-answers", "The answers cannot be used", null, e.getMessage(), e.problems(), 0);
    }

    static HttpProblem badRequest(String field, String detail) {
        return new HttpProblem(400, "bad-request", "The request cannot be used", field + ": " + detail).about(field);
    }

    static HttpProblem unavailable(String code, String title, String detail) {
        return new HttpProblem(503, code, title, null, detail, List.of(), 1);
    }

    String type() {
        return TYPE_BASE + code;
    }
}
