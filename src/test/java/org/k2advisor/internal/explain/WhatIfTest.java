package org.k2advisor.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.WhatIfDiff;

class WhatIfTest {
    private static final Advisor ADVISOR = Advisor.builtIn();

    @Test
    void whenOneRiskFactorGoesAndWarfarinComes_thenAdviceAndRuleCountsShowIt() {
        WhatIfDiff diff = WhatIf.between(
                ADVISOR.advise(Map.of("age", 67, "diabetes", true, "k2_foods", "rarely")),
                ADVISOR.advise(Map.of("age", 67, "diabetes", false, "k2_foods", "rarely", "anticoagulant", true)));

        assertEquals(List.of("anticoagulant_interaction", "natto_vka"), diff.added().stream().map(AdviceItem::id).toList());
        assertEquals(List.of("food_sources"), diff.removed().stream().map(AdviceItem::id).toList());
        assertTrue(diff.changed().isEmpty());
        assertTrue(diff.rules().contains(new WhatIfDiff.RuleDelta("advice.consult.risk_factor", 2, 1)));
        assertEquals(List.of(new WhatIfDiff.AnswerDelta("anticoagulant", null, "vka"), new WhatIfDiff.AnswerDelta("diabetes", true, false)),
                diff.answers());
    }

    @Test
    void whenAnUnreadAnswerChanges_thenNothingElseDoes() {
        WhatIfDiff diff = WhatIf.between(ADVISOR.advise(Map.of("age", 50)), ADVISOR.advise(Map.of("age", 50, "sex", "male")));

        assertTrue(diff.adviceSame());
        assertTrue(diff.rules().isEmpty());
        assertEquals(1, diff.answers().size());
    }
}
