package org.k2advisor.service;

import java.nio.charset.StandardCharsets;

import org.k2advisor.Advisor;

import io.javalin.http.Context;

/**
 * GET /fhir/Questionnaire/k2-advisor: the pack's questionnaire as a FHIR R4 Questionnaire, the bytes
 * {@code k2advisor questions --format fhir} prints, at the path its canonical url ends in. Written once.
 */
final class FhirRoutes {
    /**
     * FHIR's JSON type, charset named: unlike application/json, Jetty does not know it is UTF-8 and
     * would write the text as ISO-8859-1 (a µ in a question became '?').
     */
    static final String FHIR_JSON = "application/fhir+json; charset=utf-8";
    static final String QUESTIONNAIRE_PATH = "/fhir/Questionnaire/k2-advisor";

    private final String questionnaire;

    FhirRoutes(Advisor advisor) {
        this.questionnaire = advisor.questionnaireAsFhir();
    }

    void questionnaire(Context ctx) {
        send(ctx, 200, questionnaire);
    }

    static void send(Context ctx, int status, String resource) {
        ctx.status(status).contentType(FHIR_JSON).result(resource.getBytes(StandardCharsets.UTF_8));
    }
}
