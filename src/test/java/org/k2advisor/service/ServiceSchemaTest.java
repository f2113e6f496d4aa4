package org.k2advisor.service;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.schemas.JsonSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the service sends holds to the JSON Schemas its OpenAPI document names, over generated profiles. */
class ServiceSchemaTest {
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
    void whenGeneratedProfilesArePosted_thenEveryReportAndProblemHoldsToItsSchema() throws Exception {
        ProfileGenerator profiles = new ProfileGenerator(7L, ADVISOR.questions());
        for (int i = 0; i < 200; i++) {
            Map<String, Object> answers = profiles.next();
            String body = AnswersJson.write(answers);
            var response = client.post(i % 2 == 0 ? "/v1/advice" : "/v1/advice?trace=true", body);
            if (response.statusCode() == 200) {
                JsonSchemas.assertValid("report.schema.json", response.body(), body);
            } else {
                problems(response.body(), body);
            }
            var applicable = JSON.readTree(client.post("/v1/questions/applicable", body).body());
            for (JsonNode question : applicable.get("questions")) {
                JsonSchemas.assertValid("questions.schema.json#/$defs/question", question.toString(), body);
            }
            problemsIn(applicable, body);
        }
    }

    @Test
    void whenExplanationsAndListingsAreFetched_thenEachHoldsToItsSchema() throws Exception {
        String risk = "{\"age\": 67, \"diabetes\": true, \"goal\": \"reverse\"}";
        for (var item : ADVISOR.catalogue()) {
            JsonSchemas.assertValid("why.schema.json", client.post("/v1/explain/why?advice=" + item.id(), risk).body(), item.id());
            JsonSchemas.assertValid("why-not.schema.json", client.post("/v1/explain/why-not?advice=" + item.id(), risk).body(),
                    item.id());
        }
        JsonSchemas.assertValid("what-if.schema.json", client.post("/v1/explain/what-if?set=anticoagulant=vka", risk).body(),
                "what-if");
        JsonSchemas.assertValid("questions.schema.json", client.get("/v1/questionnaire").body(), "questionnaire");
        JsonSchemas.assertValid("claims.schema.json", client.get("/v1/claims").body(), "claims");
        JsonSchemas.assertValid("rules.schema.json", client.get("/v1/rules").body(), "rules");
        JsonNode catalogue = JSON.readTree(client.get("/v1/catalogue").body());
        JsonSchemas.assertValid("report.schema.json#/$defs/knowledgeBase", catalogue.get("knowledgeBase").toString(), "catalogue");
        for (JsonNode item : catalogue.get("advice")) {
            JsonSchemas.assertValid("report.schema.json#/$defs/adviceItem", item.toString(), "catalogue");
        }
    }

    private static void problems(String problemJson, String what) throws Exception {
        JsonSchemas.assertValid("problem.schema.json", problemJson, what);
        problemsIn(JSON.readTree(problemJson), what);
    }

    private static void problemsIn(JsonNode node, String what) {
        if (node.has("problems")) {
            for (JsonNode problem : node.get("problems")) {
                JsonSchemas.assertValid("error.schema.json#/$defs/problem", problem.toString(), what);
            }
        }
    }
}
