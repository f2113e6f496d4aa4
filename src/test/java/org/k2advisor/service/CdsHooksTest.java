package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k2advisor.service.AdvisorServiceTest.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.TestPacks;
import org.k2advisor.schemas.JsonSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The CDS Hooks service over HTTP: discovery, cards, each refusal with its status and body, and feedback. */
class CdsHooksTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final Map<String, Object> VKA = Map.of("age", 67, "anticoagulant", "vka", "goal", "reverse");
    private static ServiceClient client;

    @BeforeAll
    static void start() {
        client = new ServiceClient(ADVISOR);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void whenDiscoveryIsFetched_thenItListsOnePatientViewServiceThatPrefetchesTheLatestResponseToOurQuestionnaire() {
        HttpResponse<String> response = client.get("/cds-services");

        assertEquals(200, response.statusCode());
        JsonNode discovery = CdsCalls.body(response);
        CdsHooksRules.assertFollowed(CdsHooksRules.discovery(discovery), "discovery");
        JsonSchemas.assertValid(CdsHooksRules.OPENAPI + "CdsDiscovery", response.body(), "discovery");
        assertEquals(1, discovery.get("services").size());
        JsonNode service = discovery.get("services").get(0);
        assertEquals("patient-view", service.get("hook").asText());
        assertEquals("k2-advisor", service.get("id").asText());
        assertEquals(List.of("questionnaireResponse"), List.copyOf(iterable(service.get("prefetch").fieldNames())));
        String template = service.get("prefetch").get("questionnaireResponse").asText();
        assertTrue(template.startsWith("QuestionnaireResponse?"), template);
        assertTrue(template.contains("={{context.patientId}}"), template);
        assertTrue(template.contains("questionnaire=https://k2advisor.org/fhir/Questionnaire/k2-advisor"), template);
        assertTrue(template.contains("_sort=-authored") && template.contains("_count=1"), template);
    }

    @Test
    void whenTheResponseIsPrefetchedBareOrInABundle_thenTheCardsAreTheSame() {
        JsonNode response = CdsCalls.response(ADVISOR, VKA);

        HttpResponse<String> inBundle = client.post(CdsCalls.SERVICE, CdsCalls.call(CdsCalls.bundle(response)).toString());
        HttpResponse<String> bare = client.post(CdsCalls.SERVICE, CdsCalls.call(response).toString());

        assertEquals(200, inBundle.statusCode(), inBundle.body());
        assertEquals(inBundle.body(), bare.body());
    }

    @Test
    void whenThePersonTakesAVitaminKAntagonist_thenTheBloodThinnerCardsComeFirstAndCritical() {
        JsonNode cards = cards(CdsCalls.call(CdsCalls.bundle(CdsCalls.response(ADVISOR, VKA))));

        List<String> expected = ADVISOR.advise(VKA).advice().stream().map(item -> item.summary()).toList();
        assertEquals(expected, cards.findValuesAsText("summary"));
        assertEquals("critical", cards.get(0).get("indicator").asText());
        assertEquals("anticoagulant_interaction", ADVISOR.advise(VKA).advice().get(0).id());
    }

    @Test
    void whenUrgentSymptomsAreReported_thenTheEmergencyCardAloneIsCriticalAndCarriesTheDisclaimer() {
        Map<String, Object> urgent = Map.of("urgent_symptoms", true, "age", 67, "anticoagulant", "vka");

        JsonNode cards = cards(CdsCalls.call(CdsCalls.bundle(CdsCalls.response(ADVISOR, urgent))));

        assertEquals(1, cards.size(), cards.toString());
        assertEquals("critical", cards.get(0).get("indicator").asText());
        assertEquals(ADVISOR.advise(urgent).advice().get(0).summary(), cards.get(0).get("summary").asText());
        assertTrue(cards.get(0).get("detail").asText().contains(ADVISOR.disclaimer()));
    }

    @Test
    void whenThePatientHasNoResponseYet_thenOneInfoCardSaysWhereTheAdviceWouldComeFrom() {
        ObjectNode emptyBundle = CdsCalls.bundle();
        emptyBundle.remove("entry");

        HttpResponse<String> response = client.post(CdsCalls.SERVICE, CdsCalls.call(emptyBundle).toString());
        ObjectNode withNull = CdsCalls.call(null);
        withNull.putObject("prefetch").putNull("questionnaireResponse");
        HttpResponse<String> nullPrefetch = client.post(CdsCalls.SERVICE, withNull.toString());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = CdsCalls.body(response);
        CdsHooksRules.assertFollowed(CdsHooksRules.cardsResponse(body), "invitation");
        JsonSchemas.assertValid(CdsHooksRules.OPENAPI + "CdsCards", response.body(), "invitation");
        assertEquals(1, body.get("cards").size());
        assertEquals("info", body.get("cards").get(0).get("indicator").asText());
        assertTrue(body.get("cards").get(0).get("detail").asText().contains("https://k2advisor.org/fhir/Questionnaire/k2-advisor"));
        assertEquals(response.body(), nullPrefetch.body());
    }

    @Test
    void whenThePrefetchIsMissing_thenA412SaysTheServiceDoesNotFetchItself() {
        HttpResponse<String> noPrefetch = client.post(CdsCalls.SERVICE, CdsCalls.call(null).toString());
        ObjectNode failed = CdsCalls.call(CdsCalls.JSON.createObjectNode().put("resourceType", "OperationOutcome"));
        HttpResponse<String> clientFailed = client.post(CdsCalls.SERVICE, failed.toString());

        assertProblem(noPrefetch, 412, "prefetch-missing");
        assertTrue(noPrefetch.body().contains("prefetch.questionnaireResponse"), noPrefetch.body());
        assertTrue(noPrefetch.body().contains("does not fetch"), noPrefetch.body());
        assertProblem(clientFailed, 412, "prefetch-missing");
    }

    @Test
    void whenThePrefetchedResponseIsBad_thenA400OperationOutcomeNamesTheLinkId() {
        ObjectNode response = CdsCalls.response(ADVISOR, VKA);
        ((ObjectNode) response.get("item").get(0).get("answer").get(0)).put("valueInteger", 131);

        HttpResponse<String> result = client.post(CdsCalls.SERVICE, CdsCalls.call(CdsCalls.bundle(response)).toString());

        assertEquals(400, result.statusCode(), result.body());
        assertEquals("application/fhir+json; charset=utf-8", result.headers().firstValue("Content-Type").orElseThrow());
        JsonNode outcome = CdsCalls.body(result);
        JsonSchemas.assertValid(CdsHooksRules.OPENAPI + "OperationOutcome", result.body(), "OperationOutcome");
        assertEquals("OperationOutcome", outcome.get("resourceType").asText());
        JsonNode issue = outcome.get("issue").get(0);
        assertEquals("error", issue.get("severity").asText());
        assertEquals("invalid", issue.get("code").asText());
        assertTrue(issue.get("diagnostics").asText().startsWith("age: valueInteger 131 is out of range"), issue.toString());
        assertEquals("QuestionnaireResponse.item.where(linkId = 'age')", issue.get("expression").get(0).asText());
    }

    @Test
    void whenThePrefetchedResponseIsAboutAnotherPatient_thenA400OperationOutcomeNamesTheSubject() {
        ObjectNode response = CdsCalls.response(ADVISOR, VKA);
        response.putObject("subject").put("reference", "Patient/someone-else");

        HttpResponse<String> result = client.post(CdsCalls.SERVICE, CdsCalls.call(response).toString());

        assertEquals(400, result.statusCode(), result.body());
        JsonNode issue = CdsCalls.body(result).get("issue").get(0);
        assertEquals("QuestionnaireResponse.subject", issue.get("expression").get(0).asText());
        assertTrue(issue.get("diagnostics").asText().contains("\"Patient/someone-else\""), issue.toString());
    }

    @Test
    void whenTheCallIsNotAPatientViewCallThisServiceCanUse_thenA400NamesTheMember() {
        JsonNode prefetched = CdsCalls.bundle(CdsCalls.response(ADVISOR, VKA));
        ObjectNode otherHook = CdsCalls.call(prefetched).put("hook", "order-select");
        ObjectNode noInstance = CdsCalls.call(prefetched);
        noInstance.remove("hookInstance");
        ObjectNode noPatient = CdsCalls.call(prefetched);
        ((ObjectNode) noPatient.get("context")).put("patientId", "");

        assertBadRequest(client.post(CdsCalls.SERVICE, otherHook.toString()), "hook: \\\"order-select\\\" is not answered");
        assertBadRequest(client.post(CdsCalls.SERVICE, noInstance.toString()), "hookInstance: missing");
        assertBadRequest(client.post(CdsCalls.SERVICE, noPatient.toString()), "context.patientId: expected");
        assertBadRequest(client.post(CdsCalls.SERVICE, "{\"hook\": \"patient-view\""), "request: not one JSON object");
        assertBadRequest(client.post(CdsCalls.SERVICE, "[]"), "request: expected one JSON object");
    }

    @Test
    void whenTheServiceIdIsUnknownOrTheBodyIsNotJson_thenProblemDetails() {
        String call = CdsCalls.call(CdsCalls.bundle()).toString();

        assertProblem(client.post("/cds-services/other", call), 404, "unknown-cds-service");
        assertProblem(client.post("/cds-services/other/feedback", "{}"), 404, "unknown-cds-service");
        assertProblem(client.send(HttpRequest.newBuilder(client.uri(CdsCalls.SERVICE)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(call)).build()), 415, "unsupported-media-type");
        assertProblem(client.get(CdsCalls.SERVICE), 405, "method-not-allowed");
    }

    @Test
    void whenFeedbackIsPosted_thenItIsAcceptedAndLoggedAsCardUuidsAndOutcomesOnly() {
        String uuid = cards(CdsCalls.call(CdsCalls.bundle(CdsCalls.response(ADVISOR, VKA)))).get(0).get("uuid").asText();
        String feedback = "{\"feedback\": [{\"card\": \"" + uuid + "\", \"outcome\": \"overridden\", "
                + "\"overrideReason\": {\"reason\": {\"code\": \"x\"}, \"userComment\": \"Mrs Smith says no\"}, "
                + "\"outcomeTimestamp\": \"2026-11-25T10:00:00Z\"}]}";

        HttpResponse<String> response = client.post(CdsCalls.SERVICE + "/feedback", feedback);

        assertEquals(200, response.statusCode(), response.body());
        List<String> lines = client.log().lines().filter(line -> line.contains("CDS Hooks feedback")).toList();
        assertEquals(1, lines.size(), client.log());
        assertTrue(lines.get(0).endsWith("k2advisor: CDS Hooks feedback for k2-advisor: card " + uuid + " overridden"), lines.get(0));
        assertFalse(client.log().contains("Smith"), client.log());
    }

    @Test
    void whenFeedbackIsNotWhatTheSpecificationAllows_thenA400NamesTheEntryAndMember() {
        String path = CdsCalls.SERVICE + "/feedback";

        assertBadRequest(client.post(path, "{\"feedback\": []}"), "feedback: got an array with no entries");
        assertBadRequest(client.post(path, "{\"feedback\": [{\"card\": \"not-a-uuid\", \"outcome\": \"accepted\"}]}"),
                "feedback[0].card: \\\"not-a-uuid\\\" is not a UUID");
        assertBadRequest(client.post(path, "{\"feedback\": [{\"card\": \"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\", "
                + "\"outcome\": \"ignored\"}]}"), "feedback[0].outcome: \\\"ignored\\\" is not an outcome");
    }

    @Test
    void whenACardBreaksTheRules_thenTheChecksUsedAboveSayWhere() {
        JsonNode broken = CdsCalls.read("{\"cards\": [{\"summary\": \"\", \"indicator\": \"hint\", \"detail\": null, "
                + "\"links\": []}]}");

        List<String> rules = CdsHooksRules.cardsResponse(broken);
        List<String> schema = JsonSchemas.errors(CdsHooksRules.OPENAPI + "CdsCards", broken.toString());

        assertTrue(rules.contains("/cards/0/summary is an empty string"), rules.toString());
        assertTrue(rules.contains("/cards/0/detail is null"), rules.toString());
        assertTrue(rules.contains("/cards/0/links is empty"), rules.toString());
        assertTrue(rules.stream().anyMatch(rule -> rule.startsWith("cards[0].indicator")), rules.toString());
        assertTrue(rules.stream().anyMatch(rule -> rule.startsWith("cards[0].source")), rules.toString());
        assertTrue(schema.size() >= 4, schema.toString());
    }

    private static JsonNode cards(ObjectNode call) {
        HttpResponse<String> response = client.post(CdsCalls.SERVICE, call.toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = CdsCalls.body(response);
        CdsHooksRules.assertFollowed(CdsHooksRules.cardsResponse(body), call.toString());
        return body.get("cards");
    }

    private static void assertBadRequest(HttpResponse<String> response, String detailStart) {
        assertProblem(response, 400, "bad-cds-request");
        assertTrue(response.body().contains("\"detail\": \"" + detailStart), response.body());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
