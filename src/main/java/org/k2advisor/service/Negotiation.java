package org.k2advisor.service;

import java.util.List;
import java.util.Locale;

import io.javalin.http.Context;

/**
 * Picks the response's media type from the Accept header among those a route can write. JSON is
 * the default (no Accept, or a wildcard); quality values are honoured; nothing acceptable is 406.
 */
final class Negotiation {
    static final String JSON = "application/json";
    static final String MARKDOWN = "text/markdown";
    static final String TEXT = "text/plain";
    /** Mermaid's flowchart source; the name Mermaid's own documentation uses, as no type is registered. */
    static final String MERMAID = "text/vnd.mermaid";

    private Negotiation() {}

    static String pick(Context ctx, List<String> offered) {
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        String best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            for (String candidate : offered) {
                if (quality > bestQuality && matches(type, candidate)) {
                    best = candidate;
                    bestQuality = quality;
                }
            }
        }
        if (best == null) {
            throw new HttpProblem(406, "not-acceptable", "No acceptable representation",
                    "Accept " + org.k2advisor.internal.answers.ValueEcho.of(accept) + " matches none of "
                            + String.join(", ", offered)).about("Accept");
        }
        return best;
    }

    private static boolean matches(String range, String type) {
        return range.equals("*/*") || range.equals(type)
                || (range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1)));
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
