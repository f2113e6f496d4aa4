package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k2advisor.service.AdvisorServiceTest.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.FhirSamples;
import org.k2advisor.TestPacks;

/** FHIR over HTTP: the Questionnaire at its canonical path, and a QuestionnaireResponse posted for advice. */
class FhirRoutesTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
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
}
