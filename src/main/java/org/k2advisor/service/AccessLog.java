package org.k2advisor.service;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import io.javalin.http.Context;

/**
 * One line per request on standard error, in one fixed format:
 * {@code 2026-11-25T10:15:30.123Z 127.0.0.1 "POST /v1/advice" 200 1.8ms}. The path only: the query
 * (a what-if's changes) and the body (the answers) are a person's health information and never logged.
 */
final class AccessLog {
    private final PrintStream out;

    AccessLog(PrintStream out) {
        this.out = out;
    }

    void log(Context ctx, float millis) {
        log(ctx.ip(), ctx.method().name(), ctx.path(), ctx.statusCode(), millis);
    }

    /** For a request no route saw (Jetty refused it): the same line, from what Jetty could read of it. */
    void log(String client, String method, String path, int status, float millis) {
        out.println(line(Instant.now(), client, method, path, status, millis));
    }

    static String line(Instant at, String client, String method, String path, int status, float millis) {
        return at.truncatedTo(ChronoUnit.MILLIS) + " " + client + " \"" + method + " " + printable(path) + "\" " + status
                + " " + String.format(Locale.ROOT, "%.1f", millis) + "ms";
    }

    /** A path is the client's text: keep a log line one line. */
    private static String printable(String path) {
        String shown = path.length() > 200 ? path.substring(0, 200) + "..." : path;
        return shown.replaceAll("[\\p{Cntrl}\"\\s]", "?");
    }

    void note(String message) {
        out.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " k2advisor: " + message);
    }
}
