package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.Render;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;

/**
 * What the web page needs from the service beyond the API it shares with every client: the page
 * and its scripts at /, Mermaid from its WebJar, the diagram of a report, and the disclaimer before
 * any report. (The page itself is driven in a browser by org.k2advisor.web.)
 */
class WebPageRouteTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final String RISK = "{\"age\": 67, \"diabetes\": true, \"goal\": \"reverse\"}";
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
    void whenTheRootIsFetched_thenThePageComesWithAPolicyThatAllowsOnlyItsOwnScripts() {
        HttpResponse<String> page = client.get("/");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("<html lang=\"en\">"), page.body());
        assertEquals(WebPage.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void whenThePageNamesAScriptOrStylesheet_thenTheServiceServesIt() {
        String page = client.get("/").body();
        Matcher links = Pattern.compile("(?:src|href|content)=\"(/[^\"]+)\"").matcher(page);
        int found = 0;
        while (links.find()) {
            HttpResponse<String> response = client.get(links.group(1));
            assertEquals(200, response.statusCode(), links.group(1));
            found++;
        }
        assertTrue(found >= 3, "the page, its stylesheet and Mermaid: " + found);
        assertTrue(client.get("/app.js").headers().firstValue("Content-Type").orElse("").contains("javascript"));
    }

    @Test
    void whenAMissingFileIsAsked_thenItIsProblemDetails() {
        AdvisorServiceTest.assertProblem(client.get("/no-such-page.js"), 404, "not-found");
    }

    @Test
    void whenTheDiagramIsAsked_thenItIsTheLibrarysMermaidWithOrWithoutTrace() {
        String expected = Render.mermaid(ADVISOR.advise(AnswersJson.parse(RISK)));

        HttpResponse<String> diagram = client.post("/v1/advice", RISK, "text/vnd.mermaid");

        assertEquals(200, diagram.statusCode(), diagram.body());
        assertEquals("text/vnd.mermaid; charset=utf-8", diagram.headers().firstValue("Content-Type").orElse(""));
        assertEquals(expected, diagram.body());
        assertEquals(expected, client.post("/v1/advice?trace=true", RISK, "text/vnd.mermaid").body());
        assertTrue(expected.startsWith("flowchart LR"), expected);
    }

    @Test
    void whenThePagesScriptsAreRead_thenTheyNameNoQuestionOrAdviceOfThePack() throws IOException {
        // The page learns every question and item from the API; one named in its code would be
        // questionnaire, catalogue or safety logic kept twice, and would drift.
        List<String> ids = new ArrayList<>();
        ADVISOR.questions().forEach(question -> ids.add(question.id()));
        ADVISOR.catalogue().forEach(item -> ids.add(item.id()));
        try (var files = Files.list(Path.of("src/main/resources/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html")).toList()) {
                String code = Files.readString(file);
                for (String id : ids) {
                    for (String quoted : List.of("'" + id + "'", "\"" + id + "\"", "`" + id + "`", "." + id + ")", "." + id + " ")) {
                        assertFalse(code.contains(quoted), file + " names " + id);
                    }
                }
            }
        }
        assertTrue(ids.contains("urgent_symptoms") && ids.contains("emergency_care"), ids.toString());
    }

    @Test
    void whenThePageIsServed_thenItCarriesItsOwnDisclaimerUntilTheCataloguesReplacesIt() {
        String page = client.get("/").body().replaceAll("\\s+", " ");

        assertTrue(page.contains("for education only"), page);
        assertTrue(page.contains("not medical advice"), page);
        assertTrue(page.contains("chest pain") && page.contains("stroke") && page.contains("call emergency services"), page);
    }

    @Test
    void whenTheCatalogueIsFetched_thenItCarriesTheDisclaimer() {
        String catalogue = client.get("/v1/catalogue").body();

        assertTrue(catalogue.contains("\"disclaimer\": \"" + ADVISOR.disclaimer() + "\""), catalogue);
    }
}
