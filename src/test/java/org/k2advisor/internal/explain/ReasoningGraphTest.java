package org.k2advisor.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.k2advisor.TraceStep;

class ReasoningGraphTest {
    private static TraceStep step(int n, String rule, List<String> matched, List<String> inserted) {
        return new TraceStep(n, rule, List.of("A01"), matched, inserted, List.of(), List.of());
    }

    @Test
    void whenTraceHasTwoLayers_thenEdgesRunFromAnswersToAdviceLabelledWithRules() {
        ReasoningGraph graph = ReasoningGraph.of(List.of(
                step(1, "finding.goal", List.of("Answer(goal = reverse)"), List.of("Finding(goal: reverse)")),
                step(2, "advice.reversal", List.of("Finding(goal: reverse)"), List.of("Advice(reversal_not_shown)"))));

        assertEquals(List.of("answer_goal_reverse", "finding_goal_reverse", "advice_reversal_not_shown"),
                graph.nodes().stream().map(ReasoningGraph.Node::id).toList());
        assertEquals(List.of("finding.goal", "advice.reversal"), graph.edges().stream().map(ReasoningGraph.Edge::rule).toList());
        assertEquals("goal = reverse", graph.nodes().get(0).label());
    }

    @Test
    void whenRuleHasNoConditions_thenItsEdgeStartsAtOneStartNode() {
        ReasoningGraph graph = ReasoningGraph.of(List.of(step(1, "always", List.of(), List.of("Advice(end)"))));

        assertEquals(ReasoningGraph.Kind.START, graph.edges().get(0).from().kind());
        assertEquals("advice_end", graph.edges().get(0).to().id());
    }

    @Test
    void whenFactsDifferOnlyInPunctuation_thenIdsStayDistinctAndSafe() {
        ReasoningGraph graph = ReasoningGraph.of(List.of(step(1, "r", List.of("Answer(a-b = \"x\")", "Answer(a_b = x)"),
                List.of("Finding(k: <v>)"))));

        List<String> ids = graph.nodes().stream().map(ReasoningGraph.Node::id).toList();
        assertEquals(List.of("answer_a_b_x", "answer_a_b_x_2", "finding_k_v"), ids);
        assertTrue(ids.stream().allMatch(id -> id.matches("[A-Za-z][A-Za-z0-9_]*")));
    }
}
