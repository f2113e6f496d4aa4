package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Packs an educator might write by mistake, each from src/test/resources/packs/: a rule whose
 * consequence throws, one whose consequence never returns, one that is slow and keeps going, and a
 * rule that keeps re-triggering itself. Each broken rule fires only when the goal is "learn", so
 * the same Advisor must go on giving correct reports for other answers after a failure: a failed
 * session is never handed out again. The time budget tests use 200 ms; their finishing at all shows
 * that the budget ended the call.
 */
class RunawayPackTest {
    private static final Duration SHORT_BUDGET = Duration.ofMillis(200);

    /** Answers the broken rules do not react to; more profiles than the session pool holds sessions. */
    private static final List<Map<String, Object>> SOUND_ANSWERS = List.of(
            Map.of("age", 67, "diabetes", true, "goal", "reverse"),
            Map.of("age", 15, "anticoagulant", true, "k2_foods", "rarely", "goal", "slow"),
            Map.of("urgent_symptoms", true, "kidney_disease", true, "dialysis", true),
            Map.of("goal", "prevent", "k2_foods", "often"),
            Map.of("age", 45, "cac_scan", true, "cac_score", 450));

    @AfterEach
    void releaseAbandonedThreads() {
        AbandonedRules.release();
    }

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
        assertEquals(drl + ":" + FixturePacks.lineOf(drl, "rule \"test.divide_by_zero\"")
                + ": rule \"test.divide_by_zero\" failed: ArithmeticException: / by zero", error.getMessage());
        assertInstanceOf(ArithmeticException.class, error.getCause(), "the rule's own exception, not Drools' wrapper");
    }

    @Test
    void whenAConsequenceThrew_thenTheSameAdvisorStillGivesCorrectReports() {
        assertSoundAfterEachFailure(Advisor.fromDirectory(FixturePacks.get("consequence-throws")));
    }

    @Test
    void whenARuleKeepsTriggeringItself_thenTheFiringLimitStopsItAndNamesThatRuleWithItsCount() {
        // Given
        Advisor advisor = Advisor.fromDirectory(FixturePacks.get("rule-loops"));

        // When
        KnowledgePackException error = assertThrows(KnowledgePackException.class,
                () -> advisor.advise(Map.of("goal", "learn")));

        // Then
        assertTrue(error.getMessage().matches("the rules fired more than 10,000 times and were stopped; "
                + "this rule keeps re-triggering: \"test\\.echo\" \\([\\d,]+ of the last 10,000 firings\\)"), error.getMessage());
    }

    @Test
    void whenTheFiringLimitStoppedALoop_thenTheSameAdvisorStillGivesCorrectReports() {
        assertSoundAfterEachFailure(Advisor.fromDirectory(FixturePacks.get("rule-loops")));
    }

    @Test
    void whenAConsequenceNeverReturns_thenTheTimeBudgetEndsTheCallWithAnErrorNamingTheRule() throws IOException {
        // Given
        Path pack = FixturePacks.get("consequence-never-returns");
        Advisor advisor = warm(Advisor.fromDirectory(pack)).withTimeBudget(SHORT_BUDGET);

        // When
        KnowledgePackException error = assertThrows(KnowledgePackException.class,
                () -> advisor.advise(Map.of("goal", "learn")));

        // Then
        Path drl = pack.resolve("advice.drl");
        assertEquals(drl + ":" + FixturePacks.lineOf(drl, "rule \"test.never_returns\"") + ": rule \"test.never_returns\" was still "
                + "running when the time budget (200 ms) ran out, and was abandoned (does its action ever return?)",
                error.getMessage());
    }

    @Test
    void whenAConsequenceNeverReturned_thenTheSameAdvisorStillGivesCorrectReports() {
        // Each abandoned thread is let go at once, so its late return (which must discard its session) is part of the test.
        assertSoundAfterEachFailure(warm(Advisor.fromDirectory(FixturePacks.get("consequence-never-returns")))
                .withTimeBudget(SHORT_BUDGET), AbandonedRules::release);
    }

    @Test
    void whenARuleIsSlowButKeepsGoing_thenTheTimeBudgetStopsItAndNamesIt() {
        // Given: each firing takes 20 ms, so the firing limit would stop it only after 200 s
        Advisor advisor = warm(Advisor.fromDirectory(FixturePacks.get("slow-rule"))).withTimeBudget(SHORT_BUDGET);

        // When
        KnowledgePackException error = assertThrows(KnowledgePackException.class,
                () -> advisor.advise(Map.of("goal", "learn")));

        // Then: stopped by the worker between firings, or given up on by the caller mid-firing
        assertTrue(error.getMessage().matches(".*findings\\.drl:\\d+: rule \"test\\.slow_echo\" "
                + "(ran past the time budget \\(200 ms\\); the rules were stopped after \\d+ firings"
                + "|was still running when the time budget \\(200 ms\\) ran out.*)"), error.getMessage());
    }

    @Test
    void whenASlowRuleWasStopped_thenTheSameAdvisorStillGivesCorrectReports() {
        assertSoundAfterEachFailure(warm(Advisor.fromDirectory(FixturePacks.get("slow-rule"))).withTimeBudget(SHORT_BUDGET),
                () -> {});
    }

    @Test
    void whenATimeBudgetIsOutOfRange_thenItIsRefused() {
        Advisor advisor = TestPacks.builtIn();
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(-5), Duration.ofNanos(999_999), Duration.ofMinutes(61))) {
            assertThrows(IllegalArgumentException.class, () -> advisor.withTimeBudget(bad), bad.toString());
        }
        assertThrows(NullPointerException.class, () -> advisor.withTimeBudget(null));
        for (Duration good : List.of(Duration.ofMillis(1), Duration.ofHours(1))) {
            assertDoesNotThrow(() -> advisor.withTimeBudget(good), good.toString());
        }
    }

    @Test
    void whenTheBuiltInPackIsGivenABudget_thenItAdvisesAsBefore() {
        Map<String, Object> answers = Map.of("age", 67, "diabetes", true, "goal", "reverse");
        assertEquals(TestPacks.builtIn().advise(answers), TestPacks.builtIn().withTimeBudget(Duration.ofMinutes(1)).advise(answers));
    }

    /**
     * Fails the advisor, then asks it for sound answers, several times over: each report must
     * equal what the real rules/ give for those answers (advice and trace; the pack's checksum
     * differs by the broken rule).
     */
    static void assertSoundAfterEachFailure(Advisor broken) {
        assertSoundAfterEachFailure(broken, () -> {});
    }

    /** As above, running {@code afterFailure} after each failure. */
    static void assertSoundAfterEachFailure(Advisor broken, Runnable afterFailure) {
        for (int round = 0; round < 3; round++) {
            assertThrows(KnowledgePackException.class, () -> broken.advise(Map.of("goal", "learn")));
            afterFailure.run();
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

    /**
     * Runs the sound answers once, within the default budget: a pack's first runs load its rules'
     * code (150 to 300 ms seen on a loaded machine), which must not eat into a short budget. An
     * Advisor made from this one by withTimeBudget shares the warmed pack.
     */
    static Advisor warm(Advisor advisor) {
        SOUND_ANSWERS.forEach(advisor::advise);
        return advisor;
    }

}
