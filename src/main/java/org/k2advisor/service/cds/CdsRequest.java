package org.k2advisor.service.cds;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of a patient-view hook call the advice needs, checked: the hook, the call's id, the
 * patient and the prefetched QuestionnaireResponse. The service never fetches from the client's
 * FHIR server (it holds no credentials and stays stateless), so a call without the prefetch is
 * refused with 412 rather than answered from a fetch.
 *
 * @param patientId the patient the chart is open for, which a prefetched response must be about
 * @param response the patient's latest QuestionnaireResponse; empty when the client found none
 */
record CdsRequest(String hookInstance, String patientId, Optional<JsonNode> response) {
    static CdsRequest parse(String json) {
        JsonNode root = CdsJson.object(json, "request");
        String hook = CdsJson.text(root, "hook", "hook", "\"" + CdsHooks.HOOK + "\"");
        if (!hook.equals(CdsHooks.HOOK)) {
            throw CdsRequestException.badRequest("hook", CdsJson.shown(root.get("hook")) + " is not answered; this service "
                    + "listens to \"" + CdsHooks.HOOK + "\" only");
        }
        String hookInstance = CdsJson.text(root, "hookInstance", "hookInstance", "a UUID naming this call");
        JsonNode context = root.get("context");
        if (context == null || !context.isObject()) {
            throw CdsRequestException.badRequest("context", (context == null ? "missing" : "got " + CdsJson.kind(context))
                    + "; expected an object with the patientId");
        }
        String patientId = CdsJson.text(context, "patientId", "context.patientId", "the id of the patient whose chart is open");
        return new CdsRequest(hookInstance, patientId, Prefetch.response(root.get("prefetch")));
    }
}
