package org.k2advisor.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.Report;
import org.k2advisor.TraceStep;

class WhyChainTest {
    private static final Advisor ADVISOR = Advisor.builtIn();

    @Test
    void whenAdviceRestsOnTwoRiskFactors_thenChainAndAnswersCoverBoth() {
        Report report = ADVISOR.advise(Map.of("age", 67, "diabetes", true, "goal", "learn"));

        List<TraceStep> chain = WhyChain.of(report, "consult_professional");

        assertEquals(List.of("finding.risk_factor.age_60_plus", "finding.risk_factor.named_condition",
                "advice.consult.risk_factor", "advice.consult.risk_factor"), chain.stream().map(TraceStep::rule).toList());
        assertEquals(List.of("Answer(age = 67)", "Answer(diabetes = yes)"), WhyChain.restsOn(chain));
    }

    @Test
    void whenRuleHasNoConditions_thenChainRestsOnNoAnswer() {
        Report report = ADVISOR.advise(Map.of("age", 40));

        assertEquals(List.of(), WhyChain.restsOn(WhyChain.of(report, "broader_approach")));
    }
}
