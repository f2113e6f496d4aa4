package org.k2advisor.service.cds;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The QuestionnaireResponse a client prefetched with the discovery document's template: a search
 * Bundle (as the template asks), or the resource itself (some clients send it bare). The search sorts
 * newest first and asks for one, so the first QuestionnaireResponse of the Bundle is the latest.
 */
final class Prefetch {
    private static final String RESPONSE = "QuestionnaireResponse";

    private Prefetch() {}

    /**
     * @param prefetch the request's {@code prefetch} member, or null
     * @return the response; empty when the client says it has none (null, or a Bundle without one)
     * @throws CdsRequestException 412 when the prefetch is not there or the client could not fetch it,
     *     400 when it holds something else
     */
    static Optional<JsonNode> response(JsonNode prefetch) {
        String member = "prefetch." + CdsHooks.PREFETCH_KEY;
        JsonNode value = prefetch == null || !prefetch.isObject() ? null : prefetch.get(CdsHooks.PREFETCH_KEY);
        if (value == null) {
            throw missing("the request has no " + member + "; this service does not fetch from the FHIR server itself, so "
                    + "the client must prefetch " + CdsHooks.PREFETCH_TEMPLATE + " as GET /cds-services says");
        }
        if (value.isNull()) {
            // A client sends null for a prefetch it ran and found nothing for.
            return Optional.empty();
        }
        String type = value.path("resourceType").asText("");
        return switch (type) {
            case RESPONSE -> Optional.of(value);
            case "Bundle" -> first(value, member);
            case "OperationOutcome" -> throw missing(member + " is an OperationOutcome: the client could not fetch the "
                    + "QuestionnaireResponse, and this service does not fetch it itself");
            default -> throw CdsRequestException.badRequest(member, "expected a Bundle of QuestionnaireResponses or a "
                    + "QuestionnaireResponse, got " + (type.isEmpty() ? CdsJson.kind(value) : "a " + CdsJson.shown(value.get("resourceType"))));
        };
    }

    private static Optional<JsonNode> first(JsonNode bundle, String member) {
        JsonNode entries = bundle.get("entry");
        if (entries == null) {
            return Optional.empty();
        }
        if (!entries.isArray()) {
            throw CdsRequestException.badRequest(member + ".entry", "expected an array of entries, got " + CdsJson.kind(entries));
        }
        for (JsonNode entry : entries) {
            JsonNode resource = entry.path("resource");
            if (RESPONSE.equals(resource.path("resourceType").asText())) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }

    private static CdsRequestException missing(String detail) {
        return new CdsRequestException(412, "prefetch-missing", "The prefetched QuestionnaireResponse is missing",
                "prefetch." + CdsHooks.PREFETCH_KEY, detail);
    }
}
