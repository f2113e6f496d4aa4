package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.FixturePacks;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;

/** What the service promises about many requests, slow rules and stopping. */
class ServiceLifecycleTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();

    @AfterAll
    static void releaseAbandonedRules() {
        org.k2advisor.AbandonedRules.release();
    }

    @Test
    void whenManyRequestsComeAtOnce_thenEachGetsTheReportASequentialCallGives() throws Exception {
        ProfileGenerator profiles = new ProfileGenerator(20261125L, ADVISOR.questions());
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            answers.add(profiles.next());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (ServiceClient client = new ServiceClient(ADVISOR)) {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (Map<String, Object> profile : answers) {
                responses.add(pool.submit(() -> client.post("/v1/advice?trace=true", AnswersJson.write(profile))));
            }
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<String> response = responses.get(i).get(60, TimeUnit.SECONDS);
                String expected = expected(answers.get(i));
                assertEquals(expected, response.body(), "profile " + i + ": " + answers.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The library's report, or its problem, for the same answers: generated profiles may be invalid on purpose. */
    private static String expected(Map<String, Object> answers) {
        try {
            return ADVISOR.advise(answers).toJson(true);
        } catch (org.k2advisor.InvalidAnswersException e) {
            return ProblemResponse.json(HttpProblem.invalidAnswers(e), "/v1/advice");
        }
    }

    @Test
    void whenTheRulesRunPastTheTimeBudget_thenTheRequestGetsAProblemWithinTheBudget() {
        Advisor slow = Advisor.fromDirectory(FixturePacks.get("consequence-never-returns"));
        ServiceOptions options = new ServiceOptions("127.0.0.1", 0, ServiceOptions.DEFAULT_MAX_BODY_BYTES,
                Duration.ofMillis(300), Duration.ofSeconds(2), List.of());
        try (ServiceClient client = new ServiceClient(slow, options)) {
            HttpResponse<String> response = client.post("/v1/advice", "{\"goal\": \"learn\"}");

            AdvisorServiceTest.assertProblem(response, 500, "rules-failed");
            assertTrue(response.body().contains("time budget (300 ms)"), response.body());
            assertTrue(client.log().contains("the rules failed for POST /v1/advice"), client.log());
        }
    }

    @Test
    void whenARuleThrows_thenTheRequestGetsAProblemNamingTheRule() {
        Advisor throwing = Advisor.fromDirectory(FixturePacks.get("consequence-throws"));
        try (ServiceClient client = new ServiceClient(throwing)) {
            HttpResponse<String> response = client.post("/v1/advice", "{\"goal\": \"learn\"}");

            AdvisorServiceTest.assertProblem(response, 500, "rules-failed");
            assertTrue(response.body().contains("test.divide_by_zero"), response.body());
        }
    }

    @Test
    void whenStopIsAskedDuringARequest_thenThatRequestFinishesAndNoNewOneIsTaken() throws Exception {
        ServiceClient client = new ServiceClient(ADVISOR);
        int port = client.service.port();
        String rest = "\"diabetes\": true}";
        String first = "{\"age\": 67, ";
        byte[] whole = (first + rest).getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            // A request in flight: its headers and part of its body have arrived, the rest is still coming.
            out.write(("POST /v1/advice HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + whole.length + "\r\nConnection: close\r\n\r\n" + first).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(500); // no signal says the route is reading the body; time is all there is

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(client::close);
            waitUntil(() -> client.log().contains("stopping"));
            Thread.sleep(200);
            assertThrows(IOException.class, () -> client.http().send(HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/health")).GET().timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()), "a new connection once stopping");
            out.write(rest.getBytes(StandardCharsets.UTF_8));
            out.flush();

            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            assertTrue(response.endsWith(ADVISOR.withoutTrace().advise(Map.of("age", 67, "diabetes", true)).toJson(false)),
                    response);
            stopping.get(30, TimeUnit.SECONDS);
            assertTrue(client.log().contains("stopped"), client.log());
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s");
            }
            Thread.sleep(20);
        }
    }
}
