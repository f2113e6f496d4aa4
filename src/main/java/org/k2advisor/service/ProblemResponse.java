package org.k2advisor.service;

import org.k2advisor.internal.json.ErrorJson;
import org.k2advisor.internal.json.JsonTrees;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/** Writes an {@link HttpProblem} as {@code application/problem+json}. */
final class ProblemResponse {
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponse() {}

    static void send(Context ctx, HttpProblem problem) {
        if (problem.retryAfter > 0) {
            ctx.header("Retry-After", Integer.toString(problem.retryAfter));
        }
        ctx.status(problem.status).contentType(MEDIA_TYPE).result(json(problem, ctx.path()));
    }

    static String json(HttpProblem problem, String instance) {
        ObjectNode body = JsonTrees.object();
        body.put("type", problem.type());
        body.put("title", problem.title);
        body.put("status", problem.status);
        body.put("code", problem.code);
        if (problem.field != null) {
            body.put("field", problem.field);
        }
        body.put("detail", problem.getMessage());
        body.put("instance", instance);
        if (!problem.problems.isEmpty()) {
            body.set("problems", ErrorJson.problems(problem.problems));
        }
        return JsonTrees.write(body);
    }
}
