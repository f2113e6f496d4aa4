package org.k2advisor.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.internal.engine.CompiledPack;
import org.k2advisor.internal.explain.ConditionVerdict.Status;

class WhyNotTest {
    private static final CompiledPack BUILT_IN = CompiledPack.builtIn();

    private static WhyNot.Explanation explain(String adviceId, Map<String, ?> answers) {
        return WhyNot.explain(BUILT_IN, BUILT_IN.normalize(answers), adviceId);
    }

    private static List<String> notes(RuleVerdict rule) {
        return rule.conditions().stream().flatMap(c -> c.notes().stream()).toList();
    }

    @Test
    void whenNotPatternIsBlocked_thenFactItsOriginAndTheCheckedChangeAreGiven() {
        WhyNot.Explanation why = explain("food_sources", Map.of("k2_foods", "rarely", "anticoagulant", true));

        RuleVerdict rule = why.rules().get(0);
        assertFalse(why.inReport());
        assertEquals(RuleVerdict.Outcome.BLOCKED, rule.outcome());
        assertEquals(List.of(Status.HELD, Status.HELD, Status.NOT_HELD),
                rule.conditions().stream().map(ConditionVerdict::status).toList());
        assertEquals("did not hold: Finding(medicine: vka) is in working memory (concluded by rule"
                + " finding.medicine.vka from Answer(anticoagulant = vka))", rule.conditions().get(2).notes().get(0));
        assertEquals(List.of("--set anticoagulant=doac"), rule.fixes().stream().map(ChangeSet::asSetOptions).toList());
        assertEquals(new WhyNot.Check(true, null), why.checks().get(rule.fixes().get(0)));
    }

    @Test
    void whenAnswerIsMissing_thenItIsNamedAsTheBlockAndTheWantedValueIsCarriedBack() {
        WhyNot.Explanation why = explain("kidney_evidence", Map.of("age", 67));

        ConditionVerdict finding = why.rules().get(0).conditions().get(0);
        RuleVerdict namedCondition = finding.producers().get(0);
        assertEquals("finding.risk_factor.named_condition", namedCondition.rule().name());
        assertEquals("id == \"kidney_disease\"", namedCondition.conditions().get(0).wanted().get(0).text());
        assertEquals(List.of("did not hold: \"kidney_disease\" was not answered: this missing answer is what blocks the condition"),
                notes(namedCondition));
        assertEquals(List.of("--set kidney_disease=yes"),
                why.rules().get(0).fixes().stream().map(ChangeSet::asSetOptions).toList());
        assertTrue(why.checks().values().stream().allMatch(WhyNot.Check::brings));
    }

    @Test
    void whenAnswerIsUnknown_thenTheUnknownAnswerIsNamedAsTheBlock() {
        WhyNot.Explanation why = explain("anticoagulant_interaction", Map.of("anticoagulant", "unknown"));

        RuleVerdict producer = why.rules().get(0).conditions().get(0).producers().get(0);
        assertEquals(List.of("did not hold: \"anticoagulant\" is \"unknown\": this unknown answer is what blocks the condition"),
                notes(producer));
    }

    @Test
    void whenNumberMissesThreshold_thenNeededValueIsTheThreshold() {
        WhyNot.Explanation why = explain("high_cac_subgroup", Map.of("cac_scan", true, "cac_score", 120));

        assertEquals(List.of("--set cac_score=400"), why.rules().get(0).fixes().stream().map(ChangeSet::asSetOptions).toList());
    }

    @Test
    void whenItemIsInTheReport_thenFiringRulesAreNamedAndNothingIsChecked() {
        WhyNot.Explanation why = explain("consult_professional", Map.of("age", 67));

        assertTrue(why.inReport());
        assertEquals(List.of("advice.consult.risk_factor"), why.concludedBy());
        assertEquals(RuleVerdict.Outcome.FIRES, why.rules().get(0).outcome());
        assertEquals(RuleVerdict.Outcome.BLOCKED, why.rules().get(1).outcome());
        assertTrue(why.checks().isEmpty());
    }

    @Test
    void whenConstraintIsOutsideTheSubset_thenItIsSaidPlainlyAndNoChangeIsGuessed() {
        CompiledPack pack = CompiledPack.directory(org.k2advisor.FixturePacks.get("educator/outside-subset"));

        WhyNot.Explanation why = WhyNot.explain(pack, pack.normalize(Map.of("age", 40)), "adults_only");

        RuleVerdict rule = why.rules().get(0);
        assertEquals(RuleVerdict.Outcome.CANNOT_EXPLAIN, rule.outcome());
        assertEquals(Status.CANNOT_EXPLAIN, rule.conditions().get(0).status());
        assertTrue(rule.conditions().get(0).notes().get(0).contains("cannot be explained here"));
        assertTrue(rule.fixes().isEmpty());
    }
}
