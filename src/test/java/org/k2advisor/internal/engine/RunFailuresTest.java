package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.k2advisor.TraceStep;

/** The firing limit's message names the rules that dominate the last firings, not the last one to fire. */
class RunFailuresTest {

    @Test
    void whenTwoRulesTriggerEachOther_thenBothAreNamedWithTheirCountsAndNotTheRulesThatFiredOnce() {
        // Given: a few sound firings, then a loop of two rules, and the last firing is the "listener";
        // the window of the last 10,000 starts at the first loop's second firing
        List<TraceStep> trace = new ArrayList<>(steps("finding.age", 1));
        trace.addAll(steps("finding.goal", 1));
        for (int i = 0; i < 5_000; i++) {
            trace.addAll(steps("test.ping", 1));
            trace.addAll(steps("test.pong", 1));
        }
        trace.addAll(steps("test.listener", 1));

        // When
        String message = RunFailures.firingLimit(trace, 10_000).getMessage();

        // Then
        assertEquals("the rules fired more than 10,000 times and were stopped; these rules keep re-triggering: "
                + "\"test.pong\" (5,000 of the last 10,000 firings), \"test.ping\" (4,999 of them)", message);
    }

    @Test
    void whenManyRulesShareTheLoop_thenThreeAreNamedAndTheRestCounted() {
        List<TraceStep> trace = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            for (String rule : List.of("a", "b", "c", "d", "e")) {
                trace.addAll(steps(rule, 1));
            }
        }

        String message = RunFailures.firingLimit(trace, 10_000).getMessage();

        assertEquals("the rules fired more than 10,000 times and were stopped; these rules keep re-triggering: "
                + "\"a\" (2,000 of the last 10,000 firings), \"b\" (2,000 of them), \"c\" (2,000 of them) and 2 more",
                message);
    }

    private static List<TraceStep> steps(String rule, int count) {
        List<TraceStep> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(new TraceStep(i + 1, rule, List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        return steps;
    }
}
