package org.k2advisor.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Indicator;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.TestPacks;
import org.k2advisor.WhatIfDiff;
import org.k2advisor.WhyNotExplanation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Why, why-not and what-if, for every catalogue item over several profiles, are valid against
 * their schemas; so is a why-not whose rule has a condition the explainer cannot read.
 */
class ExplanationSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Advisor ADVISOR = TestPacks.builtIn();

    /** Generated profiles, and two that bring many items: a warfarin user and one with every risk. */
    private static List<Map<String, Object>> profiles() {
        List<Map<String, Object>> profiles = new ArrayList<>();
        profiles.add(Map.of("age", 72, "anticoagulant", "vka", "k2_supplement", true, "natto", "sometimes", "goal", "reverse"));
        profiles.add(Map.of("age", 16, "kidney_disease", true, "dialysis", true, "cac_score", 450, "heart_disease", true,
                "k2_dose_mcg", 720, "vitamin_d_high", true, "sex", "female", "pregnant", "unknown", "goal", "slow"));
        ProfileGenerator generator = new ProfileGenerator(3L, ADVISOR.questions());
        for (int i = 0; i < 6; i++) {
            profiles.add(generator.next());
        }
        return profiles;
    }

    @Test
    void whenEveryCatalogueItemIsExplainedForSeveralProfiles_thenEveryWhyIsValid() throws IOException {
        int inReport = 0;
        for (Map<String, Object> answers : profiles()) {
            for (AdviceItem item : ADVISOR.catalogue()) {
                String json = ADVISOR.explainWhy(answers, item.id()).toJson();

                JsonSchemas.assertValid("why.schema.json", json, "why " + item.id() + " for " + answers);
                inReport += MAPPER.readTree(json).get("inReport").asBoolean() ? 1 : 0;
            }
        }
        assertTrue(inReport > 10, "items in the report, with a chain to explain: " + inReport);
    }

    @Test
    void whenEveryCatalogueItemIsExplainedForSeveralProfiles_thenEveryWhyNotIsValid() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        for (Map<String, Object> answers : profiles().subList(0, 4)) {
            for (AdviceItem item : ADVISOR.catalogue()) {
                String json = ADVISOR.explainWhyNot(answers, item.id()).toJson();

                JsonSchemas.assertValid("why-not.schema.json", json, "why-not " + item.id() + " for " + answers);
                MAPPER.readTree(json).findValues("outcome").forEach(outcome -> outcomes.add(outcome.asText()));
            }
        }
        assertEquals(Set.of("blocked", "fires"), outcomes, "both outcomes were written and checked");
    }

    @Test
    void whenProfilesAreComparedInPairsAndWithOneAnswerChanged_thenEveryWhatIfIsValid() throws IOException {
        List<Map<String, Object>> profiles = profiles();
        Set<String> parts = new TreeSet<>();
        for (int i = 0; i < profiles.size(); i++) {
            Map<String, Object> before = profiles.get(i);
            Map<String, Object> warfarin = new LinkedHashMap<>(before);
            warfarin.put("anticoagulant", "vka");
            for (Map<String, Object> after : List.of(profiles.get((i + 1) % profiles.size()), warfarin, before)) {
                WhatIfDiff diff = ADVISOR.whatIf(before, after);

                JsonSchemas.assertValid("what-if.schema.json", diff.toJson(), "what-if " + before + " -> " + after);
                JsonNode json = MAPPER.readTree(diff.toJson());
                json.fieldNames().forEachRemaining(field -> {
                    if (json.get(field).isArray() && !json.get(field).isEmpty()) {
                        parts.add(field);
                    }
                });
            }
        }
        assertEquals(Set.of("added", "answers", "removed", "rules", "unchanged"), parts,
                "every list but changed was written with something in it, and checked");
    }

    @Test
    void whenAnItemChangesItsIndicator_thenTheWhatIfIsValid() {
        // One pack gives an item one indicator, so only two packs could fill "changed"; the record can.
        AdviceItem info = ADVISOR.catalogue().stream().filter(item -> item.indicator() == Indicator.INFO).findFirst()
                .orElseThrow();
        AdviceItem warning = new AdviceItem(info.id(), info.summary(), info.detail(), Indicator.WARNING, info.certainty(),
                info.caveat(), info.claims(), info.sources(), info.because());
        WhatIfDiff diff = new WhatIfDiff(List.of(new WhatIfDiff.AnswerDelta("age", 40L, 67L)), List.of(), List.of(),
                List.of(new WhatIfDiff.IndicatorChange(info, warning)), List.of(), 3, 4,
                List.of(new WhatIfDiff.RuleDelta("finding.risk_factor.age_60_plus", 0, 1)), ADVISOR.disclaimer());

        JsonSchemas.assertValid("what-if.schema.json", diff.toJson(), "an indicator change");
    }

    @Test
    void whenARuleHasAConditionTheExplainerCannotRead_thenTheWhyNotWithANullFactTypeIsValid(@TempDir Path dir)
            throws IOException {
        // The real rules with one condition the explainer does not read (an eval) added to a rule.
        Path rules = TestPacks.copyOfRules(dir);
        Path advice = rules.resolve("advice.drl");
        String drl = Files.readString(advice);
        String guard = "    Finding(kind == \"age_band\", value == \"under_18\")\nthen\n    insertLogical(new Advice(\"adults_only\"));";
        assertEquals(1, drl.split(java.util.regex.Pattern.quote(guard), -1).length - 1, "the adults_only rule as expected");
        Files.writeString(advice, drl.replace(guard, guard.replace("\nthen", "\n    eval(true)\nthen")));

        WhyNotExplanation whyNot = Advisor.fromDirectory(rules).explainWhyNot(Map.of("age", 40), "adults_only");

        assertEquals(WhyNotExplanation.Status.CANNOT_EXPLAIN, whyNot.rules().get(0).conditions().get(1).status());
        JsonNode condition = MAPPER.readTree(whyNot.toJson()).at("/rules/0/conditions/1");
        assertTrue(condition.get("factType").isNull(), condition.toString());
        JsonSchemas.assertValid("why-not.schema.json", whyNot.toJson(), "why-not with an eval condition");
    }
}
