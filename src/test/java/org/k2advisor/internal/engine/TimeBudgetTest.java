package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.FixturePacks;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.pack.PackReader;

/**
 * The built-in pack runs on the caller's thread, where only the check between firings can stop a
 * run. No built-in rule is slow, so a slow fixture pack is run the same way here.
 */
class TimeBudgetTest {

    @Test
    void whenARuleIsSlowOnTheCallersThread_thenTheBudgetStopsTheRunBetweenFirings() {
        // Given: each firing of test.slow_echo takes 20 ms and makes the next one
        Path pack = FixturePacks.get("slow-rule");
        RuleEngine engine = RuleEngine.fromDrl(PackReader.directory(pack), Containment.INLINE);
        List<TraceStep> sound = engine.evaluate(Map.of("goal", "slow")).trace(); // also warms the rules' code

        // When
        KnowledgePackException error = assertThrows(KnowledgePackException.class,
                () -> engine.evaluate(Map.of("goal", "learn"), Duration.ofMillis(200)));

        // Then
        assertTrue(error.getMessage().matches(".*findings\\.drl:\\d+: rule \"test\\.slow_echo\" ran past the time budget "
                + "\\(200 ms\\); the rules were stopped after \\d+ firings"), error.getMessage());
        assertEquals(sound, engine.evaluate(Map.of("goal", "slow")).trace(), "and the next run is sound");
    }
}
