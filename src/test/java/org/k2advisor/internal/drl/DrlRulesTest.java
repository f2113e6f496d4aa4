package org.k2advisor.internal.drl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.k2advisor.internal.pack.PackReader;

class DrlRulesTest {
    private static final DrlRules BUILT_IN = DrlRules.parse(PackReader.builtIn());

    @Test
    void whenBuiltInPackIsRead_thenEveryRuleIsUnderstoodWithItsLocation() {
        assertEquals(org.k2advisor.TestPacks.builtIn().rules().size(), BUILT_IN.rules().size());
        assertTrue(BUILT_IN.problems().isEmpty());
        assertTrue(BUILT_IN.rules().stream().allMatch(RuleSource::understood));
        RuleSource goal = BUILT_IN.named("finding.goal");
        assertEquals("findings.drl:252", goal.location());
        assertTrue(goal.text().startsWith("rule \"finding.goal\"") && goal.text().endsWith("end"));
    }

    @Test
    void whenConsequenceInsertsWithVariable_thenConclusionKeepsTheVariable() {
        RuleSource rule = BUILT_IN.named("finding.risk_factor.named_condition");
        Conclusion conclusion = rule.conclusions().get(0);

        assertEquals("Finding", conclusion.type());
        assertEquals("risk_factor", conclusion.literalAt(0));
        assertEquals("$risk", conclusion.arguments().get(1).variable());
        assertEquals("id", rule.conditions().get(0).fieldBoundTo("$risk"));
    }

    @Test
    void whenRuleHasNotPattern_thenConditionIsNegated() {
        List<Condition> conditions = BUILT_IN.named("advice.food_sources").conditions();

        assertFalse(conditions.get(0).negated());
        assertTrue(conditions.get(1).negated());
        assertEquals("not Finding(kind == \"diet\", value == \"natto\")", conditions.get(1).text());
    }

    @Test
    void whenAskedWhichRulesConcludeAnAdviceItem_thenOnlyThoseWithThatLiteral() {
        List<String> names = BUILT_IN.rules().stream().filter(r -> r.concludes("Advice", "consult_professional"))
                .map(RuleSource::name).toList();

        assertEquals(List.of("advice.consult.risk_factor", "advice.consult.coronary_calcium"), names);
        assertNotNull(BUILT_IN.named("advice.broader_approach"));
        assertTrue(BUILT_IN.named("advice.broader_approach").conditions().isEmpty());
    }
}
