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
    private final KieSessionsPool pool;
    private final KieSessionConfiguration configuration;

    public RawDrools() {
        KieBase kieBase = KieBases.fromExecutableModel();
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.configuration = RuleBaseFactory.newKnowledgeSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
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
