package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;
import org.kie.api.runtime.KieSession;

/**
 * The engine reuses sessions from a pool: closing a TracedSession hands its KieSession back, reset.
 * A reused session must keep nothing of the previous profile: no facts, no listeners of the last
 * trace. And the pool must really be used: a session that is never handed back (close without
 * dispose) leaves every evaluation to build a session of its own, which the results alone would
 * not show.
 */
class SessionPoolTest {
    private static final KnowledgePack PACK = PackReader.builtIn();
    private static final Map<String, Object> BUSY = Map.of("urgent_symptoms", "unknown", "age", 72L, "sex", "female",
            "anticoagulant", "vka", "kidney_disease", true, "dialysis", true, "cac_scan", true, "cac_score", 450L,
            "k2_supplement", true, "goal", "reverse");
    private static final Map<String, Object> QUIET = Map.of("age", 30L);

    @Test
    void whenSessionsAreClosedOneAfterAnother_thenThePoolHandsOutTheSameFewAgain() {
        RuleEngine engine = RuleEngine.fromExecutableModel(PACK);
        Set<KieSession> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        for (int i = 0; i < 20; i++) {
            try (TracedSession session = engine.open(i % 2 == 0 ? BUSY : QUIET)) {
                session.fire(RuleEngine.FIRING_LIMIT);
                seen.add(session.kieSession());
            }
        }

        // One after another, each evaluation can take the session the one before handed back. Not
        // bounded by the number of cores: on a machine with 20 of them, 20 sessions would pass.
        assertTrue(seen.size() <= 2,
                seen.size() + " sessions for 20 evaluations one after another: closed sessions do not return to the pool");
    }

    @Test
    void whenASessionComesBackFromThePool_thenItHoldsOnlyTheNewAnswersAndTheNewTraceListener() {
        RuleEngine engine = RuleEngine.fromExecutableModel(PACK);
        RuleEngine fresh = RuleEngine.fromExecutableModel(PACK);
        // Every session in the pool has held the busy profile
        for (int i = 0; i <= 2 * Runtime.getRuntime().availableProcessors(); i++) {
            try (TracedSession session = engine.open(BUSY)) {
                session.fire(RuleEngine.FIRING_LIMIT);
            }
        }

        try (TracedSession session = engine.open(QUIET)) {
            KieSession reused = session.kieSession();
            // Before any firing: the one answer given, nothing of the busy profile
            assertEquals(List.of("Answer(age = 30)"), reused.getObjects().stream().map(Object::toString).toList());
            assertEquals(1, reused.getAgendaEventListeners().stream().filter(TraceRecorder.class::isInstance).count(),
                    "only this evaluation's trace recorder listens");
            assertEquals(1, reused.getRuleRuntimeEventListeners().stream().filter(TraceRecorder.class::isInstance).count());
            session.fire(RuleEngine.FIRING_LIMIT);
            // After: the same trace and facts as a session that never held anything
            RuleEngine.Evaluation expected = fresh.evaluate(QUIET);
            assertEquals(expected.trace(), session.steps());
            assertEquals(expected.facts().stream().map(Object::toString).toList(),
                    session.facts().stream().map(Object::toString).toList());
        }
    }
}
