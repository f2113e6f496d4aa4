package org.k2advisor.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.engine.TracedSession;
import org.k2advisor.internal.facts.Finding;

/** Our evaluation of the constraint subset must agree with how Drools sees the facts. */
class FactTestTest {
    private static Comparison c(String field, String operator, Object... values) {
        return new Comparison(field, operator, List.of(values), field + " " + operator);
    }

    @Test
    void whenNumberMeetsThreshold_thenTrue() {
        Object age = TracedSession.answerFact("age", 67L);

        assertEquals(Truth.TRUE, FactTest.matches(age, "Answer", List.of(c("id", "==", "age"), c("number", ">=", 60.0))));
        assertEquals(Truth.FALSE, FactTest.matches(age, "Answer", List.of(c("number", "<", 18.0))));
    }

    @Test
    void whenNumberIsUnknown_thenEveryComparisonButNotEqualFails() {
        Object score = TracedSession.answerFact("cac_score", "unknown");

        assertEquals(Truth.FALSE, FactTest.matches(score, "Answer", List.of(c("number", ">=", 0.0))));
        assertEquals(Truth.FALSE, FactTest.matches(score, "Answer", List.of(c("number", "==", 0.0))));
        assertEquals(Truth.TRUE, FactTest.matches(score, "Answer", List.of(c("number", "!=", 0.0))));
    }

    @Test
    void whenMembership_thenAnyLiteralMatches() {
        Object finding = new Finding("condition", "dialysis");

        assertEquals(Truth.TRUE, FactTest.matches(finding, "Finding", List.of(c("value", "in", "kidney_disease", "dialysis"))));
        assertEquals(Truth.FALSE, FactTest.matches(finding, "Finding", List.of(c("value", "not in", "dialysis"))));
        assertEquals(Truth.FALSE, FactTest.matches(finding, "Answer", List.of()));
    }

    @Test
    void whenTextIsOrderedOrComparedWithANumber_thenUnknownNotAGuess() {
        Object answer = TracedSession.answerFact("goal", "learn");

        assertEquals(Truth.UNKNOWN, FactTest.matches(answer, "Answer", List.of(c("value", "<", "m"))));
        assertEquals(Truth.UNKNOWN, FactTest.matches(answer, "Answer", List.of(c("value", "==", 3.0))));
    }
}
