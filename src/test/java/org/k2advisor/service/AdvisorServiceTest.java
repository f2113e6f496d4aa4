package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.Render;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.json.ListingJson;
import org.k2advisor.schemas.JsonSchemas;

/**
 * Every route over real HTTP: each answers with what the library gives for the same input, in the
 * media type asked for; each error is problem details with the status and code the OpenAPI
 * document promises.
 */
class AdvisorServiceTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final String RISK = "{\"age\": 67, \"diabetes\": true, \"goal\": \"reverse\"}";
    /** The README's access-log format: time, client, "METHOD path", status, duration. */
    static final String ACCESS_LINE = "\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\S+ \"[A-Z]+ /\\S*\" \\d{3} \\d+\\.\\dms";
    /** The service's own lines: serving, stopping, stopped, feedback. */
    static final String NOTE_LINE = "\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z k2advisor: .*";
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
    void whenAnswersArePosted_thenTheReportIsTheLibrarysInEachMediaType() {
        Map<String, Object> answers = AnswersJson.parse(RISK);

        HttpResponse<String> json = client.post("/v1/advice", RISK);
        HttpResponse<String> traced = client.post("/v1/advice?trace=true", RISK);
        HttpResponse<String> markdown = client.post("/v1/advice", RISK, "text/markdown");
        HttpResponse<String> text = client.post("/v1/advice?width=60", RISK, "text/plain");

        assertEquals(200, json.statusCode());
        assertEquals("application/json", json.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(ADVISOR.advise(answers).toJson(false), json.body());
        assertEquals(ADVISOR.advise(answers).toJson(true), traced.body());
        assertEquals("text/markdown; charset=utf-8", markdown.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(Render.markdown(ADVISOR.advise(answers), ADVISOR.questions()), markdown.body());
        assertEquals(Render.text(ADVISOR.advise(answers), 60), text.body());
    }

    @Test
    void whenUrgentSymptomsAreYes_thenTheServiceGivesTheEmergencyItemAloneInEveryMediaType() {
        String urgent = "{\"urgent_symptoms\": true, \"age\": 67, \"anticoagulant\": \"vka\"}";

        String json = client.post("/v1/advice", urgent).body();
        String markdown = client.post("/v1/advice", urgent, "text/markdown").body();

        assertEquals(1, json.split("\"indicator\"").length - 1, json);
        assertTrue(json.contains("\"id\": \"emergency_care\""), json);
        assertFalse(markdown.contains("## 2. "), markdown);
    }

    @Test
    void whenAFormSendsPartialAnswers_thenItGetsTheApplicableQuestionsAndEveryProblem() {
        HttpResponse<String> response = client.post("/v1/questions/applicable", "{\"cac_scan\": true, \"age\": 300}");

        assertEquals(200, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("\"id\": \"cac_score\""), body);
        assertTrue(body.contains("\"code\": \"out_of_range\""), body);
        assertTrue(body.contains("\"field\": \"age\""), body);
    }

    @Test
    void whenExplanationsAreAsked_thenEachIsTheLibrarysJson() {
        Map<String, Object> answers = AnswersJson.parse(RISK);

        assertEquals(ADVISOR.explainWhy(answers, "consult_professional").toJson(),
                client.post("/v1/explain/why?advice=consult_professional", RISK).body());
        assertEquals(ADVISOR.explainWhyNot(answers, "kidney_evidence").toJson(),
                client.post("/v1/explain/why-not?advice=kidney_evidence", RISK).body());
        Map<String, Object> after = new java.util.LinkedHashMap<>(answers);
        after.put("goal", "learn");
        after.put("anticoagulant", "vka");
        assertEquals(ADVISOR.whatIf(answers, after).toJson(),
                client.post("/v1/explain/what-if?set=goal=learn&set=anticoagulant=vka", RISK).body());
        assertEquals(Render.markdown(ADVISOR.explainWhy(answers, "consult_professional")),
                client.post("/v1/explain/why?advice=consult_professional", RISK, "text/markdown").body());
    }

    @Test
    void whenTheListingsAreFetched_thenTheyAreTheCommandLinesJson() {
        assertEquals(ListingJson.write(ADVISOR.questions()), client.get("/v1/questionnaire").body());
        assertEquals(ListingJson.write(ADVISOR.claims()), client.get("/v1/claims").body());
        assertEquals(ListingJson.write(ADVISOR.rules()), client.get("/v1/rules").body());
        String catalogue = client.get("/v1/catalogue").body();
        for (var item : ADVISOR.catalogue()) {
            assertTrue(catalogue.contains("\"id\": \"" + item.id() + "\""), item.id());
        }
        assertEquals(200, client.get("/health").statusCode());
        assertTrue(client.get("/ready").body().contains("\"status\": \"ready\""));
    }

    @Test
    void whenAnswersAreBad_thenA400ListsEveryProblemWithItsCodeAndField() {
        HttpResponse<String> response = client.post("/v1/advice", "{\"age\": 300, \"diabetes\": \"maybe\", \"agee\": 1}");

        assertProblem(response, 400, "invalid-answers");
        assertTrue(response.body().contains("\"field\": \"agee\""), response.body());
        assertTrue(response.body().contains("\"code\": \"wrong_type\""), response.body());
        assertTrue(response.body().contains("\"code\": \"out_of_range\""), response.body());
        assertProblem(client.post("/v1/advice", "{\"age\": 67} junk"), 400, "invalid-answers");
        assertProblem(client.post("/v1/advice", "[1, 2]"), 400, "invalid-answers");
    }

    @Test
    void whenAQueryParameterIsBad_thenA400NamesIt() {
        HttpResponse<String> trace = client.post("/v1/advice?trace=maybe", RISK);
        HttpResponse<String> width = client.post("/v1/advice?width=10", RISK, "text/plain");
        HttpResponse<String> noAdvice = client.post("/v1/explain/why", RISK);
        HttpResponse<String> unknown = client.post("/v1/explain/why-not?advice=cure_all", RISK);
        HttpResponse<String> noChange = client.post("/v1/explain/what-if", RISK);
        HttpResponse<String> badChange = client.post("/v1/explain/what-if?set=goal", RISK);

        assertProblem(trace, 400, "bad-request");
        assertTrue(problemDetail(trace).startsWith("trace: "), trace.body());
        assertProblem(width, 400, "bad-request");
        assertTrue(problemDetail(width).startsWith("width: "), width.body());
        assertProblem(noAdvice, 400, "bad-request");
        assertTrue(problemDetail(noAdvice).startsWith("advice: is required"), noAdvice.body());
        assertProblem(unknown, 400, "unknown-advice");
        assertProblem(noChange, 400, "bad-request");
        assertProblem(badChange, 400, "invalid-answers");
    }

    @Test
    void whenAProblemIsAboutOneQueryParameterOrHeader_thenItsFieldNamesItBesideTheCode() {
        assertField(client.post("/v1/advice?trace=maybe", RISK), "bad-request", "trace");
        assertField(client.post("/v1/advice?width=10", RISK, "text/plain"), "bad-request", "width");
        assertField(client.post("/v1/explain/why", RISK), "bad-request", "advice");
        assertField(client.post("/v1/explain/why-not?advice=cure_all", RISK), "unknown-advice", "advice");
        assertField(client.post("/v1/explain/what-if", RISK), "bad-request", "set");
        assertField(client.post("/v1/advice", RISK, "image/png"), "not-acceptable", "Accept");
        assertField(client.send(HttpRequest.newBuilder(client.uri("/v1/advice")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(RISK)).build()), "unsupported-media-type", "Content-Type");
        // About the request as a whole, or about the answers (each problem has its own field): no field of its own.
        assertField(client.get("/v2/advice"), "not-found", null);
        assertField(client.post("/v1/advice", "{\"agee\": 1}"), "invalid-answers", null);
    }

    @Test
    void whenTheHeadersAreTooLarge_thenJettysAnswerIs431ProblemDetailsWithAnAccessLogLine() throws Exception {
        // Jetty reads at most 8 KB of request line and headers; it answers before any route, so a socket sends it.
        String response = raw("GET /v1/questionnaire HTTP/1.1\r\nHost: x\r\nX-Padding: " + "p".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 431"), response.lines().findFirst().orElse(""));
        assertTrue(response.contains("Content-Type: application/problem+json"), response);
        String body = response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1);
        assertTrue(body.contains("\"code\": \"headers-too-large\""), body);
        JsonSchemas.assertValid("problem.schema.json", body, "431");
        assertTrue(client.log().lines().anyMatch(line -> line.matches(ACCESS_LINE) && line.contains("\"GET /v1/questionnaire\" 431 ")),
                client.log());
    }

    @Test
    void whenTheRequestIsWrong_thenEachStatusIsProblemDetails() {
        assertProblem(client.get("/v2/advice"), 404, "not-found");
        HttpResponse<String> wrongMethod = client.get("/v1/advice");
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(""));
        assertProblem(client.post("/v1/advice", RISK, "image/png"), 406, "not-acceptable");
        assertProblem(client.send(HttpRequest.newBuilder(client.uri("/v1/advice"))
                .POST(HttpRequest.BodyPublishers.ofString(RISK)).build()), 415, "unsupported-media-type");
        assertProblem(client.send(HttpRequest.newBuilder(client.uri("/v1/advice")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(RISK)).build()), 415, "unsupported-media-type");
        // A path that climbs out is resolved first and then matches nothing; nothing outside the schemas is served.
        assertProblem(client.get("/schemas/1.0/../../etc/passwd.schema.json"), 404, "not-found");
        assertProblem(client.get("/schemas/1.0/passwd"), 404, "not-found");
    }

    @Test
    void whenTheRequestIsNotHttpTheServiceReads_thenJettysAnswerIsProblemDetailsToo() throws Exception {
        // A bad percent-escape: Jetty refuses it before any route sees it. No HTTP client sends this, so a socket does.
        String response = raw("GET /v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("Content-Type: application/problem+json"), response);
        assertTrue(response.contains("\"type\": \"https://k2advisor.org/problems/bad-request\""), response);
        assertTrue(response.contains("\"code\": \"bad-request\""), response);
        assertFalse(response.contains("<html"), response);
        // No route saw it, and still it has its access-log line, in the one format; Jetty could not read its
        // method and path, so the line has Jetty's placeholder for them, as the README says.
        assertTrue(client.log().lines().anyMatch(line -> line.matches(ACCESS_LINE) && line.contains("\"BAD /badMessage\" 400 ")),
                client.log());
    }

    /** A request no HTTP client would send, written to a socket; the whole response, read to its end. */
    private static String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", client.service.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void whenTheBodyIsOverTheLimit_thenA413WithoutReadingItAll() {
        String big = "{\"age\": 67, \"pad\": \"" + "x".repeat(300 * 1024) + "\"}";
        HttpResponse<String> sized = client.post("/v1/advice", big);
        // Without a length up front: the body streams, and the service stops reading past the limit.
        HttpResponse<String> streamed = client.send(HttpRequest.newBuilder(client.uri("/v1/advice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build());

        assertProblem(sized, 413, "body-too-large");
        assertProblem(streamed, 413, "body-too-large");
    }

    @Test
    void whenRequestsAreServed_thenEachGetsOneAccessLogLineWithoutTheAnswers() {
        client.post("/v1/explain/what-if?set=anticoagulant=vka", "{\"k2_dose_mcg\": 4321}");

        List<String> lines = client.log().lines().filter(line -> line.contains("/v1/explain/what-if")).toList();
        assertFalse(lines.isEmpty(), client.log());
        for (String line : client.log().lines().toList()) {
            assertTrue(line.matches(ACCESS_LINE) || line.matches(NOTE_LINE), line);
        }
        assertFalse(client.log().contains("4321") || client.log().contains("vka"), "answers must never be logged");
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertTrue(response.body().contains("\"type\": \"https://k2advisor.org/problems/" + code + "\""), response.body());
        assertTrue(response.body().contains("\"status\": " + status), response.body());
        assertTrue(response.body().contains("\"code\": \"" + code + "\""), response.body());
        JsonSchemas.assertValid("problem.schema.json", response.body(), "problem details");
        // No stack trace, and no internal class names: a rule's own exception is named by its simple name only.
        assertFalse(response.body().matches("(?s).*(\\bat [a-z]+\\.[a-z]|Caused by|java\\.lang\\.|org\\.drools|org\\.eclipse).*"),
                response.body());
    }

    private static void assertField(HttpResponse<String> response, String code, String field) {
        assertTrue(response.statusCode() >= 400, response.body());
        assertProblem(response, response.statusCode(), code);
        if (field == null) {
            assertFalse(response.body().contains("\"field\": \"") && response.body().indexOf("\"field\"") < response.body()
                    .indexOf("\"detail\""), response.body());
        } else {
            assertTrue(response.body().contains("\"field\": \"" + field + "\""), response.body());
        }
    }

    private static String problemDetail(HttpResponse<String> response) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"detail\": \"([^\"]*)\"").matcher(response.body());
        return m.find() ? m.group(1) : "";
    }
}
