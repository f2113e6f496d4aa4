package org.k2advisor.service;

import java.util.List;
import java.util.Map;

import org.k2advisor.Advisor;
import org.k2advisor.Render;
import org.k2advisor.WhatIfDiff;
import org.k2advisor.WhyExplanation;
import org.k2advisor.WhyNotExplanation;
import org.k2advisor.internal.answers.AnswerSettings;

import io.javalin.http.Context;

/**
 * The educator's questions. The body is always the answers document, as for advice; what is asked
 * about goes in the query: {@code ?advice=ID} for why and why-not, {@code ?set=id=value} (repeatable,
 * as the command line's --set) for what-if.
 */
final class ExplainRoutes {
    private static final List<String> TYPES = List.of(Negotiation.JSON, Negotiation.MARKDOWN, Negotiation.TEXT);
    private static final String EXAMPLE_ID = "consult_professional";

    private final Advisor advisor;
    private final RequestBody body;

    ExplainRoutes(Advisor advisor, RequestBody body) {
        this.advisor = advisor;
        this.body = body;
    }

    void why(Context ctx) {
        String id = QueryParameters.required(ctx, "advice", EXAMPLE_ID);
        String type = Negotiation.pick(ctx, TYPES);
        WhyExplanation why = advisor.explainWhy(body.answers(ctx), id);
        Responses.send(ctx, type, switch (type) {
            case Negotiation.MARKDOWN -> Render.markdown(why);
            case Negotiation.TEXT -> Render.text(why, QueryParameters.width(ctx));
            default -> why.toJson();
        });
    }

    void whyNot(Context ctx) {
        String id = QueryParameters.required(ctx, "advice", EXAMPLE_ID);
        String type = Negotiation.pick(ctx, TYPES);
        WhyNotExplanation whyNot = advisor.explainWhyNot(body.answers(ctx), id);
        Responses.send(ctx, type, switch (type) {
            case Negotiation.MARKDOWN -> Render.markdown(whyNot);
            case Negotiation.TEXT -> Render.text(whyNot, QueryParameters.width(ctx));
            default -> whyNot.toJson();
        });
    }

    void whatIf(Context ctx) {
        List<String> settings = ctx.queryParams("set");
        if (settings.isEmpty()) {
            throw HttpProblem.badRequest("set", "what-if needs at least one change, such as ?set=goal=learn");
        }
        String type = Negotiation.pick(ctx, TYPES);
        Map<String, Object> before = body.answers(ctx);
        WhatIfDiff diff = advisor.whatIf(before, AnswerSettings.apply(before, settings, "set"));
        Responses.send(ctx, type, switch (type) {
            case Negotiation.MARKDOWN -> Render.markdown(diff);
            case Negotiation.TEXT -> Render.text(diff, QueryParameters.width(ctx));
            default -> diff.toJson();
        });
    }
}
