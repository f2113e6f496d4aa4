package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.schemas.JsonSchemas;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every card of every golden scenario, over HTTP: each scenario's answers go in as a
 * QuestionnaireResponse (written by the library), prefetched in a search Bundle; the cards must
 * follow CDS Hooks' rules, be the report's items in the report's order, and be the same twice.
 */
class CdsGoldenCardsTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    /** Advice id to the uuid its card had, across scenarios. */
    private static final Map<String, String> UUIDS = new ConcurrentHashMap<>();
    private static ServiceClient client;

    @BeforeAll
    static void start() {
        client = new ServiceClient(ADVISOR);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    static List<String> scenarios() {
        return TestPacks.scenarioNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void whenAScenarioIsPrefetched_thenEveryCardFollowsCdsHooksAndIsTheReportsItemInOrder(String name) {
        Map<String, Object> answers = AnswersJson.parse(TestPacks.scenarioAnswers(name));
        Report report = ADVISOR.withoutTrace().advise(answers);
        String call = CdsCalls.call(CdsCalls.bundle(CdsCalls.response(ADVISOR, answers))).toString();

        HttpResponse<String> first = client.post(CdsCalls.SERVICE, call);
        HttpResponse<String> second = client.post(CdsCalls.SERVICE, call);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals("application/json", first.headers().firstValue("Content-Type").orElseThrow());
        JsonNode cards = CdsCalls.body(first);
        CdsHooksRules.assertFollowed(CdsHooksRules.cardsResponse(cards), name);
        JsonSchemas.assertValid(CdsHooksRules.OPENAPI + "CdsCards", first.body(), name);
        assertEquals(first.body(), second.body(), "the same answers give the same cards, uuids included");
        List<String> summaries = new ArrayList<>();
        cards.get("cards").forEach(card -> summaries.add(card.get("summary").asText()));
        assertEquals(report.advice().stream().map(AdviceItem::summary).toList(), summaries, name);
        for (int i = 0; i < report.advice().size(); i++) {
            AdviceItem item = report.advice().get(i);
            JsonNode card = cards.get("cards").get(i);
            assertEquals(item.indicator().label(), card.get("indicator").asText(), item.id());
            String detail = card.get("detail").asText();
            assertTrue(detail.startsWith(item.detail()), item.id());
            assertTrue(detail.contains(item.caveat()), item.id() + ": the caveat");
            assertTrue(detail.contains(item.certainty().statement()), item.id() + ": the certainty");
            item.because().forEach(reason -> assertTrue(detail.contains(reason.text()), item.id() + ": " + reason.text()));
            assertTrue(detail.endsWith("_" + ADVISOR.disclaimer() + "_"), item.id() + ": the disclaimer");
            String uuid = card.get("uuid").asText();
            String before = UUIDS.putIfAbsent(item.id(), uuid);
            assertEquals(before == null ? uuid : before, uuid, item.id() + ": the same item has the same uuid in every scenario");
        }
        assertEquals(summaries.size(), cards.findValuesAsText("uuid").stream().distinct().count(), "one uuid per card");
    }
}
