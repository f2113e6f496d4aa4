package org.k2advisor.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChangeSetTest {
    private static ChangeSet set(String question, Object value) {
        return ChangeSet.of(new AnswerChange(question, value));
    }

    @Test
    void whenTwoConditionsEachNeedAChange_thenProductCombinesThem() {
        List<ChangeSet> product = ChangeSet.product(List.of(
                List.of(set("diabetes", true), set("age", 60L)), List.of(set("goal", "reverse"))));

        assertEquals(List.of("--set diabetes=yes --set goal=reverse", "--set age=60 --set goal=reverse"),
                product.stream().map(ChangeSet::asSetOptions).toList());
    }

    @Test
    void whenAlternativesDisagreeAboutOneQuestion_thenThatCombinationIsDropped() {
        List<ChangeSet> product = ChangeSet.product(List.of(List.of(set("anticoagulant", true)),
                List.of(set("anticoagulant", false), set("k2_foods", "rarely"))));

        assertEquals(List.of("anticoagulant = yes and k2_foods = rarely"), product.stream().map(ChangeSet::inWords).toList());
    }

    @Test
    void whenAnyConditionHasNoAlternative_thenNoCombinationExists() {
        assertEquals(List.of(), ChangeSet.product(List.of(List.of(set("a", true)), List.of())));
    }
}
