package org.k2advisor.service.cds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Report;
import org.k2advisor.internal.fhir.FhirUrls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The advisor as one CDS Hooks 2.0 service: on {@code patient-view} it reads the patient's latest
 * QuestionnaireResponse to our questionnaire, which the client prefetches, and answers with one card
 * per advice item of the report, in the report's order (so the emergency card alone when urgent
 * symptoms are reported, and the blood-thinner cards first). A patient without a response yet gets
 * one info card saying where the advice would come from, so that a working connection is never
 * silent; a chart with a response gets exactly the report.
 */
public final class CdsHooks {
    /** The id of the one service, in its URL: POST /cds-services/k2-advisor. */
    public static final String SERVICE_ID = "k2-advisor";
    static final String HOOK = "patient-view";
    static final String PREFETCH_KEY = "questionnaireResponse";
    /** The patient's latest response to our questionnaire; FHIR search's patient parameter is the subject as a Patient. */
    static final String PREFETCH_TEMPLATE = "QuestionnaireResponse?patient={{context.patientId}}&questionnaire="
            + FhirUrls.QUESTIONNAIRE + "&_sort=-authored&_count=1";

    private final Advisor advisor;
    private final Cards cards;
    private final String discovery;

    /** @param advisor the service's advisor; its reports' traces are not used */
    public CdsHooks(Advisor advisor) {
        this.advisor = advisor.withoutTrace();
        this.cards = new Cards(SERVICE_ID, advisor.knowledgeBase(), advisor.disclaimer());
        this.discovery = discoveryDocument(advisor);
    }

    /** GET /cds-services: the one service, written once (the pack never changes while served). */
    public String discovery() {
        return discovery;
    }

    /**
     * The cards for a hook call.
     *
     * @throws CdsRequestException 404 for another service id, 400 for a request the specification
     *     does not allow or another hook, 412 without the prefetch
     * @throws ResponseRejected for a prefetched QuestionnaireResponse that cannot be read as answers,
     *     or one about another patient
     */
    public String cards(String serviceId, String requestJson) {
        requireService(serviceId);
        CdsRequest request = CdsRequest.parse(requestJson);
        List<ObjectNode> shown = new ArrayList<>();
        Optional<JsonNode> response = request.response();
        if (response.isEmpty()) {
            shown.add(cards.invitation());
        } else {
            Report report = advisor.advise(answers(response.get(), request.patientId()));
            for (AdviceItem item : report.advice()) {
                shown.add(cards.card(item, report.warnings()));
            }
        }
        ObjectNode root = CdsJson.newObject();
        ArrayNode array = root.putArray("cards");
        shown.forEach(array::add);
        return CdsJson.write(root);
    }

    /**
     * Checks feedback on cards and says it in one line for the log: the card ids and outcomes
     * only, never an override reason's words, which may be about the patient.
     *
     * @throws CdsRequestException 404 for another service id, 400 for feedback the specification does not allow
     */
    public String feedback(String serviceId, String feedbackJson) {
        requireService(serviceId);
        return "CDS Hooks feedback for " + SERVICE_ID + ": " + Feedback.summary(Feedback.parse(feedbackJson));
    }

    private Map<String, Object> answers(JsonNode response, String patientId) {
        Subject.requireAbout(response, patientId);
        try {
            return advisor.answersFromFhir(response.toString());
        } catch (InvalidAnswersException e) {
            throw new ResponseRejected(OperationOutcomes.of(e.problems()));
        }
    }

    private static void requireService(String serviceId) {
        if (!SERVICE_ID.equals(serviceId)) {
            throw new CdsRequestException(404, "unknown-cds-service", "No such CDS service", "no CDS service has the id "
                    + org.k2advisor.internal.answers.ValueEcho.of(serviceId) + "; GET /cds-services lists the one there is, "
                    + SERVICE_ID);
        }
    }

    private static String discoveryDocument(Advisor advisor) {
        ObjectNode root = CdsJson.newObject();
        ObjectNode service = root.putArray("services").addObject();
        service.put("hook", HOOK);
        service.put("id", SERVICE_ID);
        service.put("title", "K2 Advisor: vitamin K2 and arterial calcification");
        service.put("description", "Educational cards, each with its caveat, certainty and sources, built from the "
                + "patient's latest answers to the K2 Advisor questionnaire (knowledge pack " + advisor.knowledgeBase().name()
                + " " + advisor.knowledgeBase().version() + "). General education, not medical advice.");
        service.putObject("prefetch").put(PREFETCH_KEY, PREFETCH_TEMPLATE);
        return CdsJson.write(root);
    }
}
