package org.k2advisor.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.Question;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.pack.PackReader;

class AnswerValuesTest {
    private static final List<Question> QUESTIONS = PackReader.builtIn().questions();

    private static Question question(String id) {
        return QUESTIONS.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static Comparison c(String field, String operator, Object... values) {
        return new Comparison(field, operator, List.of(values), field + " " + operator);
    }

    @Test
    void whenIntegerNeedsABand_thenTheFirstWholeNumberInsideIsFound() {
        assertEquals(1L, AnswerValues.satisfying(question("cac_score"), List.of(c("number", ">", 0.0), c("number", "<", 100.0))));
        assertEquals(17L, AnswerValues.satisfying(question("age"), List.of(c("number", "<", 18.0))));
        assertEquals(59L, AnswerValues.violating(question("age"), List.of(c("number", ">=", 60.0))));
    }

    @Test
    void whenYesNoOrUnknownIsNeeded_thenThatWordIsFound() {
        assertEquals(Boolean.TRUE, AnswerValues.satisfying(question("diabetes"), List.of(c("value", "==", "yes"))));
        assertEquals("unknown", AnswerValues.satisfying(question("diabetes"), List.of(c("value", "==", "unknown"))));
        assertEquals(Boolean.FALSE, AnswerValues.violating(question("diabetes"), List.of(c("value", "==", "yes"))));
    }

    @Test
    void whenNoAllowedValueFits_thenNull() {
        assertNull(AnswerValues.satisfying(question("goal"), List.of(c("value", "==", "cure"))));
        assertNull(AnswerValues.satisfying(question("age"), List.of(c("number", ">", 500.0))));
    }

    @Test
    void whenQuestionIsGated_thenItsGateIsSetFirst() {
        assertEquals(List.of(new AnswerChange("cac_scan", true)), AnswerValues.gates(question("cac_score"), QUESTIONS, Map.of()));
        assertEquals(List.of(), AnswerValues.gates(question("cac_score"), QUESTIONS, Map.of("cac_scan", true)));
    }
}
