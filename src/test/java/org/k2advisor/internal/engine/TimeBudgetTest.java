package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.FixturePacks;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.pack.PackReader;

/** A run that is slow but keeps going is stopped between firings once its time budget is spent. */
class TimeBudgetTest {

    @Test
    void whenARuleIsSlowOnTheCallersThread_thenTheBudgetStopsTheRunBetweenFirings() {
        // Given: each firing of test.slow_echo takes 20 ms and makes the next one
        Path pack = FixturePacks.get("slow-rule");
        RuleEngine engine = RuleEngine.fromDrl(PackReader.directory(pack));

        // When
        KnowledgePackException error = assertThrows(KnowledgePackException.class,
                () -> engine.evaluate(Map.of("goal", "learn"), Duration.ofMillis(200)));

        // Then
        assertTrue(error.getMessage().matches(".*findings\\.drl:\\d+: rule \"test\\.slow_echo\" ran past the time budget "
                + "\\(200 ms\\); the rules were stopped after \\d+ firings"), error.getMessage());
        assertEquals(RuleEngine.fromExecutableModel(PackReader.builtIn()).evaluate(Map.of("goal", "slow")).trace(),
                engine.evaluate(Map.of("goal", "slow"), Duration.ofMillis(200)).trace(), "and the next run is sound");
    }
}
