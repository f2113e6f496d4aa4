package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k2advisor.service.AdvisorServiceTest.assertProblem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.k2advisor.TestPacks;

/**
 * CORS, so that a browser app such as the public CDS Hooks sandbox can call the CDS Hooks routes:
 * only for the origins named with --cors-origin, only on those routes, preflight answered.
 */
class CdsCorsTest {
    private static final String SANDBOX = "https://sandbox.cds-hooks.org";

    @Test
    void whenAnAllowedOriginAsksBeforePosting_thenThePreflightAllowsItsMethodAndHeaders() {
        try (ServiceClient client = client(List.of(SANDBOX))) {
            for (String path : List.of("/cds-services", "/cds-services/k2-advisor", "/cds-services/k2-advisor/feedback")) {
                HttpResponse<String> response = preflight(client, path, SANDBOX);

                assertEquals(204, response.statusCode(), path + ": " + response.body());
                assertEquals(Optional.of(SANDBOX), response.headers().firstValue("Access-Control-Allow-Origin"), path);
                assertEquals(Optional.of("Origin"), response.headers().firstValue("Vary"), path);
                assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), path);
                String headers = response.headers().firstValue("Access-Control-Allow-Headers").orElse("");
                assertTrue(headers.contains("Content-Type") && headers.contains("Authorization"), headers);
                assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Private-Network"), path);
            }
            HttpResponse<String> toThisMachine = client.send(withOrigin(client, "/cds-services", SANDBOX)
                    .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Private-Network", "true")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(Optional.of("true"), toThisMachine.headers().firstValue("Access-Control-Allow-Private-Network"));
        }
    }

    @Test
    void whenAnAllowedOriginCalls_thenEveryCdsResponseNamesItEvenAnError() {
        try (ServiceClient client = client(List.of(SANDBOX + "/"))) {
            HttpResponse<String> discovery = client.send(withOrigin(client, "/cds-services", SANDBOX).GET().build());
            HttpResponse<String> refused = client.send(withOrigin(client, "/cds-services/k2-advisor", SANDBOX)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            HttpResponse<String> advice = client.send(withOrigin(client, "/v1/advice", SANDBOX)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

            assertEquals(Optional.of(SANDBOX), discovery.headers().firstValue("Access-Control-Allow-Origin"));
            assertEquals(400, refused.statusCode());
            assertEquals(Optional.of(SANDBOX), refused.headers().firstValue("Access-Control-Allow-Origin"));
            assertEquals(200, advice.statusCode());
            assertEquals(Optional.empty(), advice.headers().firstValue("Access-Control-Allow-Origin"), "CDS Hooks routes only");
        }
    }

    @Test
    void whenNoOriginIsAllowed_thenAPreflightIsRefusedSayingHowToAllowItAndNoResponseNamesAnOrigin() {
        try (ServiceClient client = new ServiceClient(TestPacks.builtIn())) {
            HttpResponse<String> response = preflight(client, "/cds-services/k2-advisor", SANDBOX);
            HttpResponse<String> discovery = client.send(withOrigin(client, "/cds-services", SANDBOX).GET().build());
            HttpResponse<String> plain = client.send(HttpRequest.newBuilder(client.uri("/cds-services"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

            assertProblem(response, 403, "origin-not-allowed");
            assertTrue(response.body().contains("--cors-origin \\\"" + SANDBOX + "\\\""), response.body());
            assertEquals(Optional.empty(), response.headers().firstValue("Access-Control-Allow-Origin"));
            assertEquals(Optional.empty(), discovery.headers().firstValue("Access-Control-Allow-Origin"));
            assertEquals(204, plain.statusCode(), "OPTIONS without an Origin says what is allowed");
            assertEquals(Optional.of("GET, POST, OPTIONS"), plain.headers().firstValue("Allow"));
        }
    }

    @Test
    void whenAnyOriginIsAllowed_thenTheWildcardIsSentAndAnotherOriginIsStillRefusedWhenNotListed() {
        try (ServiceClient any = client(List.of("*")); ServiceClient one = client(List.of(SANDBOX))) {
            assertEquals(Optional.of("*"), preflight(any, "/cds-services", "http://localhost:3000").headers()
                    .firstValue("Access-Control-Allow-Origin"));
            assertProblem(preflight(one, "/cds-services", "http://localhost:3000"), 403, "origin-not-allowed");
        }
    }

    private static ServiceClient client(List<String> origins) {
        ServiceOptions defaults = ServiceOptions.defaults();
        return new ServiceClient(TestPacks.builtIn(), new ServiceOptions(defaults.host(), 0, defaults.maxBodyBytes(),
                defaults.timeBudget(), defaults.shutdownGrace(), origins));
    }

    private static HttpResponse<String> preflight(ServiceClient client, String path, String origin) {
        return client.send(withOrigin(client, path, origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpRequest.Builder withOrigin(ServiceClient client, String path, String origin) {
        return HttpRequest.newBuilder(client.uri(path)).header("Origin", origin);
    }
}
