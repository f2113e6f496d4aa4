package org.k2advisor.service;

import java.util.List;

import org.k2advisor.InvalidAnswersException;

/**
 * A request the service refuses, as RFC 9457 problem details: a stable type (a URI whose last part
 * is the code, such as {@code .../problems/body-too-large}), a short title for the kind, the status
 * and a one-line detail for this occurrence. Invalid answers add every problem with its field and code.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String TYPE_BASE = "https://k2advisor.org/problems/";

    final int status;
    final String code;
    final String title;
    final transient List<InvalidAnswersException.Problem> problems;
    /** Seconds a client should wait before trying again (503), or 0. */
    final int retryAfter;

    HttpProblem(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), 0);
    }

    HttpProblem(int status, String code, String title, String detail, List<InvalidAnswersException.Problem> problems,
            int retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.problems = List.copyOf(problems);
        this.retryAfter = retryAfter;
    }

    static HttpProblem invalidAnswers(InvalidAnswersException e) {
        return new HttpProblem(400, "invalid-answers", "The answers cannot be used", e.getMessage(), e.problems(), 0);
    }

    static HttpProblem badRequest(String field, String detail) {
        return new HttpProblem(400, "bad-request", "The request cannot be used", field + ": " + detail);
    }

    static HttpProblem unavailable(String code, String title, String detail) {
        return new HttpProblem(503, code, title, detail, List.of(), 1);
    }

    String type() {
        return TYPE_BASE + code;
    }
}
