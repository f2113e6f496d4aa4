package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.FixturePacks;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.TestPacks;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.schemas.JsonSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * POST /v1/explain/steps: the whole teaching run at once, for a client that steps through it
 * itself. Each step is what the stepper shows, and the firings, once settled, are the report's trace.
 */
class TeachingRouteTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RISK = "{\"age\": 67, \"diabetes\": true, \"goal\": \"reverse\"}";

    @Test
    void whenAnswersArePosted_thenEachStepIsTheSteppersAndTheFiringsAddUpToTheTrace() throws Exception {
        try (ServiceClient client = new ServiceClient(ADVISOR)) {
            JsonNode run = JSON.readTree(client.post("/v1/explain/steps", RISK).body());
            Map<String, Object> answers = AnswersJson.parse(RISK);
            List<TraceStep> trace = ADVISOR.advise(answers).trace();

            assertEquals(trace.size(), run.get("totalFirings").asInt());
            assertEquals(trace.size(), run.get("steps").size());
            assertEquals(List.of("Answer(age = 67)", "Answer(diabetes = yes)", "Answer(goal = reverse)"),
                    strings(run.get("initialWorkingMemory")));
            try (var teaching = ADVISOR.teach(answers)) {
                for (JsonNode step : run.get("steps")) {
                    var expected = teaching.next().orElseThrow();
                    assertEquals(expected.firing().rule(), step.at("/firing/rule").asText());
                    assertEquals(expected.whyFirst(), step.get("whyFirst").asText());
                    assertEquals(expected.agenda().size(), step.get("agenda").size());
                    assertEquals(expected.firing().rule(), step.at("/agenda/0/rule").asText(), "the first on the agenda fires");
                    assertEquals(expected.rule().source(), step.at("/rule/source").asText());
                    assertEquals(teaching.workingMemory(), strings(step.get("workingMemory")));
                }
            }
            assertTrue(strings(run.get("finalWorkingMemory")).contains("Advice(reversal_not_shown)"), run.toString());
            JsonSchemas.assertValid("teaching.schema.json", run.toString(), RISK);
        }
    }

    @Test
    void whenTruthMaintenanceRetractsAfterAFiring_thenTheStepListsItAsALateChange() throws Exception {
        // The fixture's last rule withdraws the goal answer; what rested on it goes only when Drools settles.
        Advisor retracting = Advisor.fromDirectory(FixturePacks.get("educator/retraction"));
        try (ServiceClient client = new ServiceClient(retracting)) {
            String answers = "{\"goal\": \"reverse\", \"age\": 70}";
            JsonNode run = JSON.readTree(client.post("/v1/explain/steps", answers).body());
            List<TraceStep> trace = retracting.advise(AnswersJson.parse(answers)).trace();

            List<String> late = new ArrayList<>();
            for (int i = 0; i < trace.size(); i++) {
                JsonNode step = run.get("steps").get(i);
                // As shown, plus what came later, is the firing as the trace records it.
                List<String> retracted = strings(step.at("/firing/retracted"));
                retracted.addAll(strings(step.at("/lateChanges/retracted")));
                assertEquals(trace.get(i).retracted(), retracted, "firing " + (i + 1));
                late.addAll(strings(step.at("/lateChanges/retracted")));
            }
            assertTrue(late.contains("Advice(reversal_not_shown)"), run.toString());
            assertTrue(!strings(run.get("finalWorkingMemory")).contains("Advice(reversal_not_shown)"), run.toString());
            JsonSchemas.assertValid("teaching.schema.json", run.toString(), answers);
        }
    }

    @Test
    void whenGeneratedProfilesArePosted_thenEveryRunHoldsToItsSchema() throws Exception {
        ProfileGenerator profiles = new ProfileGenerator(11L, ADVISOR.questions());
        try (ServiceClient client = new ServiceClient(ADVISOR)) {
            for (int i = 0; i < 30; i++) {
                String body = AnswersJson.write(profiles.next());
                var response = client.post("/v1/explain/steps", body);

                assertEquals(200, response.statusCode(), body + "\n" + response.body());
                JsonSchemas.assertValid("teaching.schema.json", response.body(), body);
            }
        }
    }

    @Test
    void whenTheAnswersAreBadOrTheClientWantsAnotherType_thenItIsProblemDetails() {
        try (ServiceClient client = new ServiceClient(ADVISOR)) {
            var bad = client.post("/v1/explain/steps", "{\"age\": 300, \"agee\": 1}");

            AdvisorServiceTest.assertProblem(bad, 400, "invalid-answers");
            assertTrue(bad.body().contains("\"field\": \"agee\""), bad.body());
            AdvisorServiceTest.assertProblem(client.post("/v1/explain/steps", RISK, "text/plain"), 406, "not-acceptable");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
