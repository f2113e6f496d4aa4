package org.k2advisor.service;

import java.util.List;
import java.util.Map;

import org.k2advisor.Advisor;
import org.k2advisor.Question;
import org.k2advisor.Render;
import org.k2advisor.Report;
import org.k2advisor.Validation;
import org.k2advisor.internal.json.ErrorJson;
import org.k2advisor.internal.json.JsonTrees;
import org.k2advisor.internal.json.ListingJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/** POST /v1/advice (the report for answers or a QuestionnaireResponse, or its reasoning as a diagram) and POST /v1/questions/applicable (skip logic and checks for a form). */
final class AdviceRoutes {
    private static final List<String> REPORT_TYPES = List.of(Negotiation.JSON, Negotiation.MARKDOWN, Negotiation.TEXT,
            Negotiation.MERMAID);

    private final Advisor advisor;
    private final Advisor withoutTrace;
    private final RequestBody body;

    AdviceRoutes(Advisor advisor, RequestBody body) {
        this.advisor = advisor;
        this.withoutTrace = advisor.withoutTrace();
        this.body = body;
    }

    void advice(Context ctx) {
        boolean trace = QueryParameters.flag(ctx, "trace");
        String type = Negotiation.pick(ctx, REPORT_TYPES);
        // Answers or a FHIR QuestionnaireResponse, as for every route (RequestBody).
        // The diagram is drawn from the reasoning, so it always needs the trace.
        Report report = (trace || type.equals(Negotiation.MERMAID) ? advisor : withoutTrace).advise(body.answers(ctx));
        String result = switch (type) {
            case Negotiation.MARKDOWN -> trace ? Render.markdownWithTrace(report, advisor.questions())
                    : Render.markdown(report, advisor.questions());
            case Negotiation.TEXT -> trace ? Render.textWithTrace(report, QueryParameters.width(ctx))
                    : Render.text(report, QueryParameters.width(ctx));
            case Negotiation.MERMAID -> Render.mermaid(report);
            default -> report.toJson(trace);
        };
        Responses.send(ctx, type, result);
    }

    /**
     * The questions that apply to the answers so far, and what is wrong with any of them: a form
     * sends what the person has entered after each change. Problems are data here, not a 400.
     */
    void applicable(Context ctx) {
        Map<String, Object> answers = body.answers(ctx);
        Validation checked = advisor.check(answers);
        List<Question> applicable = advisor.applicableQuestions(checked.answers());
        ObjectNode root = JsonTrees.object();
        ArrayNode questions = root.putArray("questions");
        applicable.forEach(question -> questions.add(ListingJson.question(question)));
        root.set("problems", ErrorJson.problems(checked.problems()));
        Responses.send(ctx, Negotiation.JSON, JsonTrees.write(root));
    }
}
