package org.k2advisor.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches a route (a malformed or ambiguous URI,
 * headers too large): problem details too, never Jetty's HTML page, and an access-log line like
 * any other request's, since Javalin's request logger never sees these.
 */
final class ProtocolErrors extends ErrorHandler {
    private final AccessLog log;

    ProtocolErrors(AccessLog log) {
        this.log = log;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        HttpProblem problem = switch (code) {
            case 413 -> new HttpProblem(413, "body-too-large", "The body is too large", "the request is larger than the service reads");
            case 414 -> new HttpProblem(414, "uri-too-long", "The URI is too long", "the request's URI is longer than the service reads");
            case 431 -> new HttpProblem(431, "headers-too-large", "The headers are too large", "the request's headers are larger than the service reads");
            default -> code >= 500
                    ? new HttpProblem(code, "internal-error", "Internal error", "the server could not handle the request")
                    : new HttpProblem(code, "bad-request", "The request cannot be used",
                            "the request is not HTTP the service accepts (a malformed or ambiguous URI, for example)");
        };
        String instance = request.getHttpURI() == null ? "" : request.getHttpURI().getPath();
        log.log(String.valueOf(Request.getRemoteAddr(request)), request.getMethod() == null ? "?" : request.getMethod(),
                instance == null ? "" : instance, code,
                TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - request.getBeginNanoTime()) / 1000f);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemResponse.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(ProblemResponse.json(problem, instance == null ? "" : instance)
                .getBytes(StandardCharsets.UTF_8)), callback);
    }
}
