package org.k2advisor.service.cds;

import java.util.List;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.internal.answers.ValueEcho;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Advice for one person must come from that person's answers: a prefetched response that names
 * another patient as its subject is refused rather than shown in this patient's chart.
 */
final class Subject {
    private Subject() {}

    static void requireAbout(JsonNode response, String patientId) {
        JsonNode reference = response.path("subject").path("reference");
        if (!reference.isTextual()) {
            return; // No subject, or one by identifier only: the client's search already chose the patient.
        }
        String named = reference.asText().replaceFirst("/_history/[^/]*$", "");
        String expected = "Patient/" + patientId;
        if (!named.equals(expected) && !named.endsWith("/" + expected)) {
            throw new ResponseRejected(OperationOutcomes.of(List.of(new InvalidAnswersException.Problem(
                    InvalidAnswersException.Code.INVALID_FHIR, "subject", "the response is about " + ValueEcho.of(named)
                            + ", not the patient whose chart is open (" + ValueEcho.of(expected) + ")"))));
        }
    }
}
