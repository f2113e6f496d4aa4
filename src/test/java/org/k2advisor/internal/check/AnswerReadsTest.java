package org.k2advisor.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.k2advisor.internal.pack.PackReader;

/** The edges of the answer-reading check, on the built-in questionnaire with rules written here. */
class AnswerReadsTest {
    private static final KnowledgePack BUILT_IN = PackReader.builtIn();

    private static List<String> problems(String when) {
        String drl = "package k2advisor.rules;\nimport org.k2advisor.internal.facts.Answer;\n"
                + "rule \"r\"\nwhen\n    " + when + "\nthen\nend\n";
        KnowledgePack pack = new KnowledgePack(BUILT_IN.info(), BUILT_IN.title(), BUILT_IN.disclaimer(), BUILT_IN.questions(),
                BUILT_IN.reasons(), BUILT_IN.aliases(), BUILT_IN.catalogue(), BUILT_IN.passages(), BUILT_IN.claims(),
                BUILT_IN.sources(), List.of(new KnowledgePack.RuleFile("test.drl", "test.drl", drl)), List.of());
        return AnswerReads.problems(pack, DrlRules.parse(pack)).stream().map(PackProblem::message).toList();
    }

    @Test
    void whenEveryValueCanOccur_thenThereIsNoFinding() {
        assertEquals(List.of(), problems("Answer(id == \"anticoagulant\", value in (\"vka\", \"unknown\"))"));
        assertEquals(List.of(), problems("Answer(id == \"age\", value == \"unknown\")"));
        assertEquals(List.of(), problems("Answer(id == \"age\", number < 0.5)"), "0 is a whole age below 0.5");
        assertEquals(List.of(), problems("Answer(id == \"age\", number != 130)"));
    }

    @Test
    void whenAnIdIsMistypedInAList_thenOnlyThatIdIsNamed() {
        assertEquals(List.of("rule \"r\" reads answer \"diabetis\", which no question defines (did you mean \"diabetes\"?)"),
                problems("Answer(id in (\"diabetes\", \"diabetis\"), value == \"yes\")"));
    }

    @Test
    void whenAnIdIsExcludedRatherThanNamed_thenItMustStillExist() {
        assertEquals(List.of("rule \"r\" reads answer \"nonsense_question\", which no question defines"),
                problems("Answer(id != \"nonsense_question\")"));
    }

    @Test
    void whenAYesNoAnswerIsComparedAsANumber_thenItNeverHolds() {
        assertEquals(List.of("rule \"r\" tests answer \"diabetes\" for number > 0, which never holds "
                + "(its value is \"yes\", \"no\" or \"unknown\")"), problems("Answer(id == \"diabetes\", number > 0)"));
    }

    @Test
    void whenAWholeNumberIsComparedWithAFraction_thenEqualityNeverHolds() {
        assertEquals(List.of("rule \"r\" compares answer \"age\" with 60.5, which it never has "
                + "(its number is a whole number from 0 to 130, or null when \"unknown\")"),
                problems("not Answer(id == \"age\", number == 60.5)"));
    }
}
