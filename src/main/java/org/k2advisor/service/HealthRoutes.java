package org.k2advisor.service;

import java.util.concurrent.atomic.AtomicBoolean;

import org.k2advisor.Advisor;
import org.k2advisor.internal.json.JsonTrees;
import org.k2advisor.internal.json.ReportJson;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * GET /health: the process answers (liveness). GET /ready: it should get traffic (readiness); it
 * says no once a stop has been asked for, so a load balancer drains it while requests in flight finish.
 */
final class HealthRoutes {
    private final String ready;
    private final AtomicBoolean stopping;

    HealthRoutes(Advisor advisor, AtomicBoolean stopping) {
        ObjectNode root = JsonTrees.object();
        root.put("status", "ready");
        root.set("knowledgeBase", ReportJson.knowledgeBase(advisor.knowledgeBase()));
        this.ready = JsonTrees.write(root);
        this.stopping = stopping;
    }

    void health(Context ctx) {
        Responses.send(ctx, Negotiation.JSON, "{\n  \"status\": \"up\"\n}\n");
    }

    void ready(Context ctx) {
        if (stopping.get()) {
            throw HttpProblem.unavailable("stopping", "The service is stopping",
                    "the service is shutting down; send new requests to another copy");
        }
        Responses.send(ctx, Negotiation.JSON, ready);
    }
}
