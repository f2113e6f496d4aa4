package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.FixturePacks;
import org.k2advisor.internal.pack.PackReader;
import org.kie.api.runtime.KieSession;

/**
 * Sessions come from a pool, and disposing a pooled session resets it and hands it to the next
 * caller. A session whose run failed part-way must never be handed out again: it is left out of
 * the pool, not reset into it.
 */
class FailedSessionTest {

    @Test
    void whenARunFailed_thenItsSessionIsNeverHandedOutAgain() {
        // Given: a session whose run failed in a rule's consequence, then closed as every caller does
        RuleEngine engine = RuleEngine.fromDrl(PackReader.directory(FixturePacks.get("consequence-throws")));
        KieSession failed;
        try (TracedSession session = engine.open(Map.of("goal", "learn"))) {
            failed = session.kieSession();
            assertThrows(RuntimeException.class, () -> session.fire(RuleEngine.FIRING_LIMIT));
        }

        // When: many more sessions are taken than the pool holds
        for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors() + 4; i++) {
            try (TracedSession session = engine.open(Map.of("goal", "slow"))) {
                // Then
                assertNotSame(failed, session.kieSession(), "a failed session came back from the pool");
                assertTrue(session.fire(RuleEngine.FIRING_LIMIT) > 0);
            }
        }
    }

    @Test
    void whenARunFailed_thenItsSessionIsNotKeptAlive() throws InterruptedException {
        // Given: a failed session, discarded, while the engine goes on working
        RuleEngine engine = RuleEngine.fromDrl(PackReader.directory(FixturePacks.get("consequence-throws")));
        WeakReference<KieSession> failed;
        try (TracedSession session = engine.open(Map.of("goal", "learn"))) {
            failed = new WeakReference<>(session.kieSession());
            assertThrows(RuntimeException.class, () -> session.fire(RuleEngine.FIRING_LIMIT));
        }
        try (TracedSession session = engine.open(Map.of("goal", "slow"))) {
            session.fire(RuleEngine.FIRING_LIMIT);
        }

        // When
        for (int i = 0; i < 20 && failed.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }

        // Then: neither the KieBase nor the retired pool holds it
        assertNull(failed.get(), "a discarded session is still reachable");
    }
}
