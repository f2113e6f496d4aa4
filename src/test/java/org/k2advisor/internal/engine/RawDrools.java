package org.k2advisor.internal.engine;

import java.util.Map;

import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.KeepReferenceOption;

/**
 * The floor the benchmark compares against: the built-in pack's rules run by Drools alone, from
 * the same KieBase build and a session pool configured as {@link RuleEngine}'s, on answers already
 * validated, with no listener, no trace and no report. In test sources: the library never needs it.
 */
public final class RawDrools {
    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final KieSessionConfiguration configuration;
    /** For comparing pools: each thread keeps one session of its own, reset after each run. */
    private final ThreadLocal<KieSession> own;

    public RawDrools() {
        this.kieBase = KieBases.fromExecutableModel();
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.configuration = RuleBaseFactory.newKnowledgeSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
        this.own = ThreadLocal.withInitial(() -> kieBase.newKieSession(configuration, null));
    }

    /** As {@link #run}, on the calling thread's own session instead of one from Drools' pool. */
    public int runOnOwnSession(Map<String, Object> normalizedAnswers) {
        KieSession session = own.get();
        try {
            normalizedAnswers.forEach((id, value) -> session.insert(TracedSession.answerFact(id, value)));
            return session.fireAllRules(RuleEngine.FIRING_LIMIT);
        } finally {
            ((org.drools.core.WorkingMemoryEntryPoint) session).reset();
        }
    }

    /** Inserts the answers as the engine does, fires every rule, and returns how many fired. */
    public int run(Map<String, Object> normalizedAnswers) {
        KieSession session = pool.newKieSession(configuration);
        try {
            normalizedAnswers.forEach((id, value) -> session.insert(TracedSession.answerFact(id, value)));
            return session.fireAllRules(RuleEngine.FIRING_LIMIT);
        } finally {
            session.dispose();
        }
    }
}
