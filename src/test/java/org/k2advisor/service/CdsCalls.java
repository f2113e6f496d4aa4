package org.k2advisor.service;

import java.net.http.HttpResponse;
import java.util.Map;

import org.k2advisor.Advisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Hook calls as a CDS client sends them, built from answers through the library's own FHIR writer. */
final class CdsCalls {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PATIENT = "pat-1";
    static final String SERVICE = "/cds-services/k2-advisor";

    private CdsCalls() {}

    /** The patient's latest QuestionnaireResponse, as the library writes it, with the patient as subject. */
    static ObjectNode response(Advisor advisor, Map<String, ?> answers) {
        ObjectNode response = (ObjectNode) read(advisor.answersAsFhir(answers));
        response.putObject("subject").put("reference", "Patient/" + PATIENT);
        response.put("authored", "2026-11-20T10:00:00Z");
        return response;
    }

    /** A search Bundle, as the discovery document's prefetch template asks for. */
    static ObjectNode bundle(JsonNode... responses) {
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        bundle.put("total", responses.length);
        for (JsonNode response : responses) {
            ObjectNode entry = bundle.withArray("entry").addObject();
            entry.put("fullUrl", "http://fhir.example/QuestionnaireResponse/1");
            entry.set("resource", response);
            entry.putObject("search").put("mode", "match");
        }
        return bundle;
    }

    /** A patient-view call; prefetch null leaves the member out. */
    static ObjectNode call(JsonNode prefetched) {
        ObjectNode call = JSON.createObjectNode();
        call.put("hook", "patient-view");
        call.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        call.put("fhirServer", "http://fhir.example");
        ObjectNode context = call.putObject("context");
        context.put("userId", "Practitioner/1");
        context.put("patientId", PATIENT);
        if (prefetched != null) {
            call.putObject("prefetch").set("questionnaireResponse", prefetched);
        }
        return call;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    static JsonNode body(HttpResponse<String> response) {
        return read(response.body());
    }
}
