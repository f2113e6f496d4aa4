package org.k2advisor.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.AdviceItem;
import org.k2advisor.FixturePacks;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.facts.Advice;
import org.k2advisor.internal.pack.CatalogueEntry;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Most urgent first: a report lists its items by indicator (critical, warning, info), then rank, then
 * id, whatever order advice.json lists them in and whatever order the rules concluded them in. The
 * built-in advice.json happens to be in report order, so the fixture pack report-order (the real
 * pack with three ranks and indicators changed) is what can tell the two apart.
 */
class ReportOrderTest {
    private static final Path DIR = FixturePacks.get("report-order");
    private static final KnowledgePack PACK = PackReader.directory(DIR);
    /** The fixture's catalogue in report order. */
    private static final List<String> ORDER = List.of(
            "emergency_care", "urgent_symptoms_unsure", "anticoagulant_interaction", "natto_vka", "vka_supplement",
            "kidney_evidence", // made critical, rank 16: after the critical items of lower rank
            "anticoagulant_check", "doac_supplements", "adults_only", "pregnancy", "vitamin_d_high",
            "consult_professional", "dialysis_evidence",
            "broader_approach", // rank 36 made 19: first of the info items, though last in the file
            "reversal_not_shown", "slowing_evidence", "prevention_mechanism", "learn_overview",
            "high_cac_heart_disease", "high_cac_subgroup", "trials_in_men", // all rank 25: by id
            "cac_band_explained", "cac_zero", "cac_zero_caution", "aortic_valve_trial",
            "supplement_discuss", "supplement_dose", // both rank 30: by id
            "natto_rich", "food_sources", "uncertain_risk_factors");

    @Test
    void whenAdviceJsonListsItemsInAnotherOrder_thenTheCatalogueIsByIndicatorRankAndId() throws IOException {
        List<String> fileOrder = new ArrayList<>();
        for (JsonNode item : new ObjectMapper().readTree(DIR.resolve("advice.json").toFile()).get("advice")) {
            fileOrder.add(item.get("id").asText());
        }

        assertNotEquals(ORDER, fileOrder, "the fixture's file order must differ, or this test shows nothing");
        assertEquals(ORDER, PACK.catalogue().stream().map(CatalogueEntry::id).toList());
        assertEquals(ORDER, ReportAssembler.catalogue(PACK).stream().map(AdviceItem::id).toList());
    }

    @Test
    void whenRulesConcludeItemsInAnyOrder_thenTheReportListsThemMostUrgentFirst() {
        // Given conclusions in an order of their own, one of them twice
        List<Object> facts = advice("trials_in_men", "consult_professional", "broader_approach", "high_cac_heart_disease",
                "kidney_evidence", "reversal_not_shown", "natto_vka", "anticoagulant_interaction", "consult_professional");
        Map<String, Object> answers = Map.of("cac_scan", true, "cac_score", 450L);

        // When
        List<AdviceItem> items = new ReportAssembler(PACK).advice(answers, facts, Map.of());

        // Then each once, in report order
        assertEquals(List.of("anticoagulant_interaction", "natto_vka", "kidney_evidence", "consult_professional",
                "broader_approach", "reversal_not_shown", "high_cac_heart_disease", "trials_in_men"),
                items.stream().map(AdviceItem::id).toList());
    }

    @Test
    void whenAnExclusiveItemIsConcluded_thenItIsTheOnlyItem() {
        List<Object> facts = advice("consult_professional", "emergency_care", "anticoagulant_interaction");

        List<AdviceItem> items = new ReportAssembler(PACK).advice(Map.of(), facts, Map.of());

        assertEquals(List.of("emergency_care"), items.stream().map(AdviceItem::id).toList());
    }

    @Test
    void whenRulesConcludeAdviceTheCatalogueLacks_thenThePackIsBlamedWithEveryUnknownId() {
        List<Object> facts = advice("consult_professional", "zz_unknown", "aa_unknown");

        KnowledgePackException e = assertThrows(KnowledgePackException.class,
                () -> new ReportAssembler(PACK).advice(Map.of(), facts, Map.of()));

        assertEquals("rules concluded advice [aa_unknown, zz_unknown], which advice.json does not define", e.getMessage());
    }

    private static List<Object> advice(String... ids) {
        List<Object> facts = new ArrayList<>();
        for (String id : ids) {
            facts.add(new Advice(id));
        }
        return facts;
    }
}
