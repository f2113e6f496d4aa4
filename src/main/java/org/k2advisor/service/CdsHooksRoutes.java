package org.k2advisor.service;

import java.util.Optional;

import org.k2advisor.Advisor;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.service.cds.CdsHooks;
import org.k2advisor.service.cds.CdsRequestException;
import org.k2advisor.service.cds.CorsPolicy;
import org.k2advisor.service.cds.ResponseRejected;

import io.javalin.http.Context;

/**
 * The CDS Hooks routes on HTTP: discovery, the hook call, feedback, and the CORS preflight that lets
 * a browser app (the public CDS Hooks sandbox) call them. Only these routes answer other origins;
 * errors in the envelope are problem details, a QuestionnaireResponse that cannot be read an
 * OperationOutcome.
 */
final class CdsHooksRoutes {
    static final String DISCOVERY = "/cds-services";
    static final String SERVICE = DISCOVERY + "/{id}";
    static final String FEEDBACK = SERVICE + "/feedback";

    private final CdsHooks hooks;
    private final RequestBody body;
    private final CorsPolicy cors;
    private final AccessLog log;

    CdsHooksRoutes(Advisor advisor, RequestBody body, CorsPolicy cors, AccessLog log) {
        this.hooks = new CdsHooks(advisor);
        this.body = body;
        this.cors = cors;
        this.log = log;
    }

    void discovery(Context ctx) {
        allowOrigin(ctx);
        Responses.send(ctx, Negotiation.JSON, hooks.discovery());
    }

    void call(Context ctx) {
        allowOrigin(ctx);
        try {
            Responses.send(ctx, Negotiation.JSON, hooks.cards(ctx.pathParam("id"), body.text(ctx)));
        } catch (CdsRequestException e) {
            throw problem(e);
        } catch (ResponseRejected e) {
            FhirRoutes.send(ctx, 400, e.operationOutcome());
        }
    }

    void feedback(Context ctx) {
        allowOrigin(ctx);
        try {
            log.note(hooks.feedback(ctx.pathParam("id"), body.text(ctx)));
        } catch (CdsRequestException e) {
            throw problem(e);
        }
        ctx.status(200);
    }

    /** A browser asks before it posts JSON from another origin; an origin not allowed is told how to allow it. */
    void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        Optional<String> allowed = cors.allow(origin);
        if (origin != null && allowed.isEmpty()) {
            throw new HttpProblem(403, "origin-not-allowed", "The origin may not call these routes", "Origin "
                    + ValueEcho.of(origin) + " is not allowed; start the service with --cors-origin " + ValueEcho.of(origin)
                    + " to let pages from it call the CDS Hooks routes").about("Origin");
        }
        allowed.ifPresent(value -> {
            allowOrigin(ctx);
            ctx.header("Access-Control-Allow-Methods", CorsPolicy.METHODS);
            ctx.header("Access-Control-Allow-Headers", CorsPolicy.HEADERS);
            ctx.header("Access-Control-Max-Age", CorsPolicy.MAX_AGE_SECONDS);
            // Chrome asks before a public page (the sandbox) calls a service on this machine or network.
            if ("true".equalsIgnoreCase(ctx.header("Access-Control-Request-Private-Network"))) {
                ctx.header("Access-Control-Allow-Private-Network", "true");
            }
        });
        ctx.header("Allow", CorsPolicy.METHODS);
        ctx.status(204);
    }

    /** Set before anything can fail, so that a browser can read an error too. */
    private void allowOrigin(Context ctx) {
        cors.allow(ctx.header("Origin")).ifPresent(value -> {
            ctx.header("Access-Control-Allow-Origin", value);
            if (!value.equals(CorsPolicy.ANY)) {
                ctx.header("Vary", "Origin");
            }
        });
    }

    private static HttpProblem problem(CdsRequestException e) {
        HttpProblem problem = new HttpProblem(e.status(), e.code(), e.title(), e.getMessage());
        return e.member() == null ? problem : problem.about(e.member());
    }
}
