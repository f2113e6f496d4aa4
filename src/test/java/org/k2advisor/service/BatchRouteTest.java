package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.schemas.JsonSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** POST /v1/advice/batch: line N out is the answer to line N in, streamed, bad lines as error objects. */
class BatchRouteTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final ObjectMapper MAPPER = new ObjectMapper();
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
    void whenManyLinesArePosted_thenEachOutputLineIsTheReportOrTheProblemsOfItsInputLine() throws IOException {
        // Given generated profiles with bad lines of several kinds between them
        ProfileGenerator generator = new ProfileGenerator(11L, ADVISOR.questions());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            lines.add(MAPPER.writeValueAsString(generator.next()));
            if (i % 97 == 3) {
                lines.add(List.of("{\"age\": ", "{\"smokng\": true}", "", "{\"age\": 500}").get(i % 4));
            }
        }

        // When
        HttpResponse<String> response = postLines("/v1/advice/batch", String.join("\n", lines) + "\n");

        // Then
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(BatchRoute.NDJSON, response.headers().firstValue("Content-Type").orElseThrow());
        List<String> out = response.body().lines().toList();
        assertEquals(lines.size(), out.size());
        int errors = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonSchemas.assertValid("batch-line.schema.json", out.get(i), "line " + (i + 1));
            JsonNode got = MAPPER.readTree(out.get(i));
            try {
                Map<String, Object> answers = AnswersJson.parseLine(lines.get(i));
                assertEquals(MAPPER.readTree(ADVISOR.advise(answers).toJson(false)), got, "line " + (i + 1));
            } catch (InvalidAnswersException expected) {
                errors++;
                assertEquals(i + 1, got.get("line").asInt(), out.get(i));
                List<String> codes = new ArrayList<>();
                got.get("problems").forEach(problem -> codes.add(problem.get("code").asText()));
                assertEquals(expected.problems().stream().map(p -> p.code().id()).toList(), codes, out.get(i));
            }
        }
        assertTrue(errors >= 4, "the bad lines were among them: " + errors);
    }

    @Test
    void whenTraceIsAsked_thenEachReportCarriesItsTrace() throws IOException {
        String answers = "{\"age\": 67, \"diabetes\": true}";

        HttpResponse<String> response = postLines("/v1/advice/batch?trace=true", answers + "\n" + answers);

        List<String> out = response.body().lines().toList();
        assertEquals(2, out.size());
        out.forEach(line -> JsonSchemas.assertValid("batch-line.schema.json", line, "traced"));
        JsonNode expected = MAPPER.readTree(ADVISOR.adviseJson(answers).toJson(true));
        assertEquals(expected, MAPPER.readTree(out.get(0)));
        assertEquals(expected, MAPPER.readTree(out.get(1)));
    }

    @Test
    void whenLinesArriveOneAtATime_thenEachReportComesBackBeforeTheNextLineIsSent() throws Exception {
        // A client that feeds a stream gets its answers as it goes, not when the body ends. Java's
        // HttpClient reads no response before it has sent the whole body, so this speaks HTTP/1.1
        // over a socket, the body in chunks.
        try (Socket socket = new Socket("127.0.0.1", client.service.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            write(out, "POST /v1/advice/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + BatchRoute.NDJSON
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n");

            write(out, chunk("{\"age\": 45}\n"));
            String first = readUntil(in, "\"answers\":{\"age\":45}");
            write(out, chunk("{\"age\": 70}\n"));
            String second = readUntil(in, "\"answers\":{\"age\":70}");
            write(out, "0\r\n\r\n");

            assertTrue(first.startsWith("HTTP/1.1 200"), first);
            assertTrue(!first.contains("\"age\":70"), "the second report waited for its line");
            assertTrue(second.contains("\"age\":70"), second);
        }
    }

    private static String chunk(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Integer.toHexString(bytes.length) + "\r\n" + text + "\r\n";
    }

    /** What arrives until {@code marker} has (a report is a few KB; the socket's timeout bounds the wait). */
    private static String readUntil(InputStream in, String marker) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!seen.toString(StandardCharsets.UTF_8).contains(marker)) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            seen.write(buffer, 0, read);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whenTheBodyIsNotJsonLines_thenItIs415() {
        HttpResponse<String> response = client.post("/v1/advice/batch", "{\"age\": 45}");

        assertEquals(415, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("Content-Type: application/x-ndjson"), response.body());
    }

    @Test
    void whenTheBodyOutgrowsTheLimit_thenTheLinesBeforeAreAnsweredAndALastRecordSaysWhyItStopped() throws IOException {
        try (ServiceClient small = new ServiceClient(ADVISOR, ServiceOptions.defaults().withMaxBatchBytes(4096))) {
            // Given 600 lines, 7,200 bytes, past the limit, sent without a length (chunked)
            String line = "{\"age\": 45}\n";
            byte[] body = line.repeat(600).getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(small.uri("/v1/advice/batch"))
                    .header("Content-Type", BatchRoute.NDJSON)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();

            // When
            List<String> out = small.send(request).body().lines().toList();

            // Then the lines answered are the first ones, in order (lines read ahead when the limit
            // was met are not answered), and the last record names the limit
            assertTrue(out.size() >= 2 && out.size() <= 4096 / line.length() + 1, "records: " + out.size());
            for (String report : out.subList(0, out.size() - 1)) {
                assertEquals(45, MAPPER.readTree(report).get("answers").get("age").asInt());
            }
            out.forEach(record -> JsonSchemas.assertValid("batch-line.schema.json", record, "record"));
            JsonNode last = MAPPER.readTree(out.get(out.size() - 1));
            assertEquals("body-too-large", last.get("stopped").get("code").asText());
            assertTrue(last.get("stopped").get("detail").asText().contains("at most 4096 bytes"), last.toString());
        }
    }

    @Test
    void whenContentLengthIsOverTheLimit_thenItIs413BeforeAnythingIsRead() {
        try (ServiceClient small = new ServiceClient(ADVISOR, ServiceOptions.defaults().withMaxBatchBytes(4096))) {
            HttpRequest request = HttpRequest.newBuilder(small.uri("/v1/advice/batch"))
                    .header("Content-Type", BatchRoute.NDJSON)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"age\": 45}\n".repeat(400))).build();

            HttpResponse<String> response = small.send(request);

            assertEquals(413, response.statusCode());
            assertTrue(response.body().contains("\"code\" : \"body-too-large\"") || response.body().contains("body-too-large"),
                    response.body());
        }
    }

    private static HttpResponse<String> postLines(String path, String body) {
        return client.send(HttpRequest.newBuilder(client.uri(path)).header("Content-Type", BatchRoute.NDJSON)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
