package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs an educator might write by mistake, each from src/test/resources/packs/: a rule whose
 * consequence throws. Each broken rule fires only
 * when the goal is "learn", so the same Advisor must go on giving correct reports for other
 * answers after a failure: a failed session is never handed out again.
 */
class RunawayPackTest {
    /** Answers the broken rules do not react to; more profiles than the session pool holds sessions. */
    private static final List<Map<String, Object>> SOUND_ANSWERS = List.of(
            Map.of("age", 67, "diabetes", true, "goal", "reverse"),
            Map.of("age", 15, "anticoagulant", true, "k2_foods", "rarely", "goal", "slow"),
            Map.of("urgent_symptoms", true, "kidney_disease", true, "dialysis", true),
            Map.of("goal", "prevent", "k2_foods", "often"),
            Map.of("age", 45, "cac_scan", true, "cac_score", 450));

    @Test
    void whenAConsequenceThrows_thenAKnowledgePackExceptionNamesTheRuleItsFileAndLineAndTheCause() throws IOException {
        // Given
        Path pack = FixturePacks.get("consequence-throws");
        Advisor advisor = Advisor.fromDirectory(pack);

        // When
        KnowledgePackException error = assertThrows(KnowledgePackException.class,
                () -> advisor.advise(Map.of("goal", "learn")));

        // Then
        Path drl = pack.resolve("advice.drl");
        assertEquals(drl + ":" + lineOf(drl, "rule \"test.divide_by_zero\"")
                + ": rule \"test.divide_by_zero\" failed: ArithmeticException: / by zero", error.getMessage());
        assertInstanceOf(ArithmeticException.class, error.getCause(), "the rule's own exception, not Drools' wrapper");
    }

    @Test
    void whenAConsequenceThrew_thenTheSameAdvisorStillGivesCorrectReports() {
        assertSoundAfterEachFailure(Advisor.fromDirectory(FixturePacks.get("consequence-throws")));
    }

    @Test
    void whenARuleKeepsTriggeringItself_thenTheFiringLimitStopsItWithAClearError(@TempDir Path dir) throws IOException {
        // Given: a rule that answers every Finding of its kind with another one, forever
        Path pack = TestPacks.copyOfRules(dir);
        Files.writeString(pack.resolve("findings.drl"), """

                rule "runaway.echo"
                    @claims("A01")
                    @explain("Deliberately broken: each echo creates the next one.")
                when
                    Finding(kind == "goal" || kind == "echo")
                then
                    insert(new Finding("echo", "again"));
                end
                """, StandardOpenOption.APPEND);
        Advisor advisor = Advisor.fromDirectory(pack);

        // When
        KnowledgePackException error = assertThrows(KnowledgePackException.class,
                () -> advisor.advise(Map.of("goal", "learn")));

        // Then
        assertTrue(error.getMessage().contains("fired more than 10000 times"), error.getMessage());
        assertTrue(error.getMessage().contains("runaway.echo"), error.getMessage());
    }

    /**
     * Fails the advisor, then asks it for sound answers, several times over: each report must
     * equal what the real rules/ give for those answers (advice and trace; the pack's checksum
     * differs by the broken rule).
     */
    static void assertSoundAfterEachFailure(Advisor broken) {
        for (int round = 0; round < 3; round++) {
            assertThrows(KnowledgePackException.class, () -> broken.advise(Map.of("goal", "learn")));
            for (Map<String, Object> answers : SOUND_ANSWERS) {
                Report expected = TestPacks.fromDrl().advise(answers);
                Report actual = broken.advise(answers);
                assertEquals(expected.answers(), actual.answers(), answers.toString());
                assertEquals(expected.advice(), actual.advice(), answers.toString());
                assertEquals(expected.trace(), actual.trace(), answers.toString());
                assertFalse(actual.trace().isEmpty());
            }
        }
    }

    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
