package org.k2advisor.internal.engine;

import java.util.List;
import java.util.Map;

import org.k2advisor.KnowledgePackException;
import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled pack, ready to evaluate answers. The KieBase is built once and shared; every
 * evaluation gets its own session, so one engine serves many threads at once.
 */
public final class RuleEngine {
    /** Far above what a sound pack needs (the built-in one fires a few dozen rules at most). */
    public static final int FIRING_LIMIT = 10_000;

    private final Map<String, RuleInfoIndex.Entry> rules;
    /**
     * Disposing a pooled session resets it for the next caller instead of throwing it away,
     * which saves most of a session's set-up cost; the pool is thread-safe and grows on demand.
     */
    private final KieSessionsPool sessions;

    private RuleEngine(KnowledgePack pack, KieBase kieBase) {
        this.rules = RuleInfoIndex.build(kieBase, pack);
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public static RuleEngine fromExecutableModel(KnowledgePack pack) {
        return new RuleEngine(pack, KieBases.fromExecutableModel());
    }

    public static RuleEngine fromDrl(KnowledgePack pack) {
        return new RuleEngine(pack, KieBases.fromDrl(pack));
    }

    /**
     * What one evaluation left behind: the trace, our facts in working memory at the end (answers,
     * findings, advice; oldest first), and for each fact a rule inserted, the facts it rests on.
     */
    public record Evaluation(List<TraceStep> trace, List<Object> facts, Map<Object, List<Object>> justifications) {}

    public List<RuleInfo> rules() {
        return rules.values().stream().map(RuleInfoIndex.Entry::info).toList();
    }

    public Evaluation evaluate(Map<String, Object> normalizedAnswers) {
        try (TracedSession session = open(normalizedAnswers)) {
            int fired = session.fire(FIRING_LIMIT);
            if (fired >= FIRING_LIMIT && session.fire(1) > 0) {
                List<TraceStep> trace = session.steps();
                throw new KnowledgePackException("the rules fired more than " + FIRING_LIMIT
                        + " times and were stopped; the last rule to fire was \"" + trace.get(trace.size() - 1).rule()
                        + "\" (does a rule keep re-triggering itself?)");
            }
            return new Evaluation(session.steps(), session.facts(), session.justifications());
        }
    }

    /**
     * A session with the answers inserted and nothing fired yet, for tools that watch the
     * reasoning step by step. The caller closes it.
     */
    public TracedSession open(Map<String, Object> normalizedAnswers) {
        return new TracedSession(sessions.newKieSession(), rules, normalizedAnswers);
    }

    /** Every DRL error in the pack, each with its file and line; empty when it compiles. */
    public static List<PackProblem> compileErrors(KnowledgePack pack) {
        return KieBases.compile(pack).errors();
    }
}
