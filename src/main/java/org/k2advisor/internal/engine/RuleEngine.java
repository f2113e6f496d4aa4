package org.k2advisor.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.k2advisor.AdviceItem;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.facts.Advice;
import org.k2advisor.internal.facts.Answer;
import org.k2advisor.internal.pack.KnowledgePack;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled pack, ready to evaluate answers. The KieBase is built once and shared; every
 * evaluation gets its own session, so one engine serves many threads at once.
 */
public final class RuleEngine {
    /** Far above what a sound pack needs (the built-in one fires a few dozen rules at most). */
    public static final int FIRING_LIMIT = 10_000;

    private final KnowledgePack pack;
    private final Map<String, RuleInfoIndex.Entry> rules;
    /**
     * Disposing a pooled session resets it for the next caller instead of throwing it away,
     * which saves most of a session's set-up cost; the pool is thread-safe and grows on demand.
     */
    private final KieSessionsPool sessions;

    private RuleEngine(KnowledgePack pack, KieBase kieBase) {
        this.pack = pack;
        this.rules = RuleInfoIndex.build(kieBase, pack);
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public static RuleEngine fromExecutableModel(KnowledgePack pack) {
        return new RuleEngine(pack, KieBases.fromExecutableModel());
    }

    public static RuleEngine fromDrl(KnowledgePack pack) {
        return new RuleEngine(pack, KieBases.fromDrl(pack));
    }

    /** What one evaluation concluded: catalogue items in report order, and the trace. */
    public record Evaluation(List<AdviceItem> advice, List<TraceStep> trace) {}

    public List<RuleInfo> rules() {
        return rules.values().stream().map(RuleInfoIndex.Entry::info).toList();
    }

    public Evaluation evaluate(Map<String, Object> normalizedAnswers) {
        KieSession session = sessions.newKieSession();
        TraceRecorder recorder = new TraceRecorder(rules);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        try {
            normalizedAnswers.forEach((id, value) -> session.insert(toFact(id, value)));
            int fired = session.fireAllRules(FIRING_LIMIT);
            if (fired >= FIRING_LIMIT && session.fireAllRules(1) > 0) {
                List<TraceStep> trace = recorder.steps();
                throw new KnowledgePackException("the rules fired more than " + FIRING_LIMIT
                        + " times and were stopped; the last rule to fire was \"" + trace.get(trace.size() - 1).rule()
                        + "\" (does a rule keep re-triggering itself?)");
            }
            Set<String> concluded = new HashSet<>();
            for (Object fact : session.getObjects(o -> o instanceof Advice)) {
                concluded.add(((Advice) fact).getId());
            }
            return new Evaluation(select(concluded), recorder.steps());
        } finally {
            session.removeEventListener((AgendaEventListener) recorder);
            session.removeEventListener((RuleRuntimeEventListener) recorder);
            session.dispose();
        }
    }

    private List<AdviceItem> select(Set<String> concluded) {
        List<AdviceItem> advice = new ArrayList<>(concluded.size());
        for (AdviceItem item : pack.catalogue()) {
            if (concluded.remove(item.id())) {
                advice.add(item);
            }
        }
        if (!concluded.isEmpty()) {
            throw new KnowledgePackException("rules concluded advice " + concluded.stream().sorted().toList()
                    + ", which advice.json does not define");
        }
        return advice;
    }

    /** Canonical answers become facts: booleans read yes/no, numbers also fill {@code number}. */
    private static Answer toFact(String id, Object value) {
        if (value instanceof Boolean b) {
            return new Answer(id, b ? "yes" : "no", null);
        }
        if (value instanceof Number n) {
            return new Answer(id, n.toString(), n.doubleValue());
        }
        String text = value.toString();
        return new Answer(id, text, null);
    }
}
