package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k2advisor.service.AdvisorServiceTest.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.FhirSamples;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.databind.ObjectMapper;

/** FHIR over HTTP: the Questionnaire at its canonical path, and a QuestionnaireResponse posted for advice. */
class FhirRoutesTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final ObjectMapper JSON = new ObjectMapper();
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
    void whenTheQuestionnaireIsFetched_thenItIsTheLibrarysFhirQuestionnaire() {
        HttpResponse<String> response = client.get("/fhir/Questionnaire/k2-advisor");

        assertEquals(200, response.statusCode());
        assertEquals("application/fhir+json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(ADVISOR.questionnaireAsFhir(), response.body());
    }

    @Test
    void whenAQuestionnaireResponseIsPosted_thenTheReportIsTheOneForItsAnswersFileTwin() throws Exception {
        String response = Files.readString(FhirSamples.EXAMPLE);
        String answers = Files.readString(FhirSamples.EXAMPLE_ANSWERS);

        HttpResponse<String> asJson = client.post("/v1/advice", response);
        HttpResponse<String> asFhir = client.send(HttpRequest.newBuilder(client.uri("/v1/advice"))
                .header("Content-Type", "application/fhir+json").POST(HttpRequest.BodyPublishers.ofString(response)).build());

        assertEquals(200, asJson.statusCode(), asJson.body());
        assertEquals(ADVISOR.withoutTrace().adviseJson(answers).toJson(false), asJson.body());
        assertEquals(asJson.body(), asFhir.body());
    }

    @Test
    void whenABadQuestionnaireResponseIsPosted_thenA400NamesTheLinkIdForEachSample() throws Exception {
        for (FhirSamples.Bad bad : FhirSamples.bad().toList()) {
            HttpResponse<String> response = client.post("/v1/advice", Files.readString(bad.file()));

            assertProblem(response, 400, "invalid-answers");
            assertTrue(response.body().contains("\"field\": \"" + bad.field() + "\""), bad + ": " + response.body());
            assertTrue(response.body().contains("\"code\": \"" + bad.code().id() + "\""), bad + ": " + response.body());
        }
    }
    @Test
    void whenAQuestionnaireResponseIsPostedToEveryRouteThatTakesAnswers_thenEachAnswersAsForItsAnswersFileTwin()
            throws Exception {
        // Given the example response and the answers file it was written from
        String response = Files.readString(FhirSamples.EXAMPLE);
        String answersFile = Files.readString(FhirSamples.EXAMPLE_ANSWERS);
        Map<String, Object> answers = ADVISOR.answersFromFhir(response);
        Map<String, Object> after = new LinkedHashMap<>(answers);
        after.put("goal", "learn");
        String item = ADVISOR.advise(answers).advice().get(0).id();

        // When each route is given the response, then it answers exactly as for the answers file
        for (String route : List.of("/v1/advice", "/v1/explain/why?advice=" + item, "/v1/explain/why-not?advice=kidney_evidence",
                "/v1/explain/what-if?set=goal=learn", "/v1/explain/steps", "/v1/questions/applicable")) {
            HttpResponse<String> fromFhir = client.post(route, response);
            HttpResponse<String> fromAnswers = client.post(route, answersFile);

            assertEquals(200, fromFhir.statusCode(), route + ": " + fromFhir.body());
            assertEquals(fromAnswers.body(), fromFhir.body(), route);
        }
        assertEquals(ADVISOR.explainWhy(answers, item).toJson(), client.post("/v1/explain/why?advice=" + item, response).body());
        assertEquals(ADVISOR.whatIf(answers, after).toJson(), client.post("/v1/explain/what-if?set=goal=learn", response).body());
    }

    @Test
    void whenABadQuestionnaireResponseIsPostedToAnExplanation_thenA400NamesTheLinkIdAsForAdvice() throws Exception {
        for (FhirSamples.Bad bad : FhirSamples.bad().toList()) {
            for (String route : List.of("/v1/explain/why-not?advice=kidney_evidence", "/v1/questions/applicable")) {
                HttpResponse<String> response = client.post(route, Files.readString(bad.file()));

                assertProblem(response, 400, "invalid-answers");
                assertTrue(response.body().contains("\"field\": \"" + bad.field() + "\""), bad + route + ": " + response.body());
                assertTrue(response.body().contains("\"code\": \"" + bad.code().id() + "\""), bad + route + ": " + response.body());
            }
        }
    }

    @Test
    void whenABatchMixesQuestionnaireResponsesAndAnswers_thenEachLineGetsTheReportOfItsAnswers() throws Exception {
        // Given a response on one line between answers lines, and a response for another questionnaire
        String response = JSON.readTree(Files.readString(FhirSamples.EXAMPLE)).toString();
        String answers = Files.readString(FhirSamples.EXAMPLE_ANSWERS).strip();
        String foreign = response.replace("k2advisor.org/fhir/Questionnaire/k2-advisor", "example.org/Questionnaire/other");
        String body = String.join("\n", answers, response, "{\"age\": 45}", foreign) + "\n";

        HttpResponse<String> batch = client.send(HttpRequest.newBuilder(client.uri("/v1/advice/batch"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build());

        // Then the response's line is its twin's report, and the foreign one an error line naming the questionnaire
        assertEquals(200, batch.statusCode(), batch.body());
        List<String> lines = batch.body().lines().toList();
        assertEquals(4, lines.size(), batch.body());
        assertEquals(JSON.readTree(ADVISOR.withoutTrace().adviseJson(answers).toJson(false)), JSON.readTree(lines.get(1)));
        assertEquals(lines.get(0), lines.get(1));
        var error = JSON.readTree(lines.get(3));
        assertEquals(4, error.get("line").asInt(), lines.get(3));
        assertEquals("invalid_fhir", error.get("problems").get(0).get("code").asText(), lines.get(3));
        assertEquals("questionnaire", error.get("problems").get(0).get("field").asText(), lines.get(3));
    }
}
