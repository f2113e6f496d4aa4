package org.k2advisor.service;

import java.util.List;

import org.k2advisor.Render;
import org.k2advisor.internal.answers.ValueEcho;

import io.javalin.http.Context;

/** The few query parameters the routes take, each checked with an error that names it. */
final class QueryParameters {
    private static final int DEFAULT_WIDTH = 80;
    private static final int MAX_WIDTH = 200;

    private QueryParameters() {}

    /** true, false, or absent (false). */
    static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw HttpProblem.badRequest(name, "expected true or false, got " + ValueEcho.of(value));
    }

    /** The column text/plain wraps at. */
    static int width(Context ctx) {
        String value = ctx.queryParam("width");
        if (value == null) {
            return DEFAULT_WIDTH;
        }
        try {
            int width = Integer.parseInt(value);
            if (width >= Render.MIN_WIDTH && width <= MAX_WIDTH) {
                return width;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw HttpProblem.badRequest("width", "expected a whole number from " + Render.MIN_WIDTH + " to " + MAX_WIDTH
                + ", got " + ValueEcho.of(value));
    }

    /** A required single value. */
    static String required(Context ctx, String name, String example) {
        List<String> values = ctx.queryParams(name);
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw HttpProblem.badRequest(name, values.isEmpty() ? "is required, such as ?" + name + "=" + example
                    : "give it once, such as ?" + name + "=" + example);
        }
        return values.get(0);
    }
}
