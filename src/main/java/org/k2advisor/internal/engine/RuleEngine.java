package org.k2advisor.internal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.drools.core.impl.RuleBaseFactory;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.KeepReferenceOption;

/**
 * A compiled pack, ready to evaluate answers. The KieBase is built once and shared; every
 * evaluation gets its own session, so one engine serves many threads at once.
 */
public final class RuleEngine {
    /** Far above what a sound pack needs (the built-in one fires a few dozen rules at most). */
    public static final int FIRING_LIMIT = 10_000;
    /**
     * Far above what a sound pack needs (the built-in one: about 20 µs a profile, 40 µs at the 99th
     * percentile, a few ms on a cold JVM), and still short enough for a person waiting.
     */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(2);

    private static final int POOL_SIZE = Runtime.getRuntime().availableProcessors();

    private final RuleInfoIndex rules;
    private final KieBase kieBase;
    /**
     * Disposing a pooled session resets it for the next caller instead of throwing it away,
     * which saves most of a session's set-up cost; the pool is thread-safe and grows on demand.
     * A session whose run failed must not go back, and Drools has no public call that takes one
     * session out of its pool (dispose() returns it; shutdown() disposes every session, those other
     * threads are using included). The pool also keeps a reference to every session it ever made.
     * So a failure retires the whole pool: this reference moves to a new one, sessions still out
     * return to the old one, and the old one, now unreachable, is garbage with everything in it,
     * the failed session included. Failures are rare; a sound run never pays for this.
     */
    private final AtomicReference<KieSessionsPool> sessions;
    /**
     * By default a KieBase keeps a reference to every session made from it until the session is
     * really disposed (so that changes to a mutable KieBase reach them). Ours is immutable, and a
     * discarded session is never disposed, so the KieBase must not hold on to it.
     */
    private final KieSessionConfiguration sessionConfiguration;
    /** Inline for the precompiled built-in pack, on a worker thread for a pack compiled from a directory: see {@link Containment}. */
    private final Containment containment;

    private RuleEngine(KnowledgePack pack, KieBase kieBase, Containment containment) {
        this.rules = RuleInfoIndex.build(kieBase, pack);
        this.containment = containment;
        this.kieBase = kieBase;
        this.sessions = new AtomicReference<>(kieBase.newKieSessionsPool(POOL_SIZE));
        // Not KieServices: its implementation lives in drools-compiler, which an embedding app lacks.
        this.sessionConfiguration = RuleBaseFactory.newKnowledgeSessionConfiguration();
        sessionConfiguration.setOption(KeepReferenceOption.NO);
    }

    /** The built-in pack, precompiled: evaluations run on the caller's thread. */
    public static RuleEngine fromExecutableModel(KnowledgePack pack) {
        return fromExecutableModel(pack, KieBases.fromExecutableModel());
    }

    /** As {@link #fromExecutableModel(KnowledgePack)}, with the KieBase already loaded (by {@code KieBases}). */
    static RuleEngine fromExecutableModel(KnowledgePack pack, KieBase kieBase) {
        return new RuleEngine(pack, kieBase, Containment.INLINE);
    }

    /** A pack compiled from its DRL now: each evaluation runs on a worker thread, waited for at most its budget. */
    public static RuleEngine fromDrl(KnowledgePack pack) {
        return fromDrl(pack, Containment.ISOLATED);
    }

    /** For tests that check the between-firings budget on the caller's thread with a pack of their own. */
    static RuleEngine fromDrl(KnowledgePack pack, Containment containment) {
        return new RuleEngine(pack, KieBases.fromDrl(pack), containment);
    }

    /**
     * What one evaluation left behind: the trace, our facts in working memory at the end (answers,
     * findings, advice; oldest first), and for each fact a rule inserted, the facts it rests on.
     */
    public record Evaluation(List<TraceStep> trace, List<Object> facts, Map<Object, List<Object>> justifications) {}

    public List<RuleInfo> rules() {
        return rules.entries().stream().map(RuleInfoIndex.Entry::info).toList();
    }

    /** {@link #evaluate(Map, Duration)} with the {@link #DEFAULT_TIME_BUDGET}. */
    public Evaluation evaluate(Map<String, Object> normalizedAnswers) {
        return evaluate(normalizedAnswers, DEFAULT_TIME_BUDGET);
    }

    /**
     * Runs the rules on the answers, within {@code budget} and {@link #FIRING_LIMIT} firings.
     *
     * @throws KnowledgePackException naming the rule when one throws, keeps re-triggering, or runs past the budget
     */
    public Evaluation evaluate(Map<String, Object> normalizedAnswers, Duration budget) {
        return containment.run(new Attempt(normalizedAnswers, budget));
    }

    /** One evaluation: fired on one thread, perhaps given up on by another ({@link Containment#ISOLATED}). */
    private final class Attempt implements Containment.Attempt<Evaluation> {
        private final Map<String, Object> answers;
        private final Duration budget;
        private final long start = System.nanoTime();
        /** Published for a thread that gives up waiting. */
        private volatile TracedSession session;

        Attempt(Map<String, Object> answers, Duration budget) {
            this.answers = answers;
            this.budget = budget;
        }

        @Override
        public Evaluation call() {
            try (TracedSession running = open(answers)) {
                session = running;
                running.limitTime(start, budget.toNanos(), containment.clockEveryFiring());
                int fired = running.fire(FIRING_LIMIT);
                // Also when a slow match (not a firing) used up the budget: a late run is a failed one.
                if (running.outOfTime()) {
                    running.fail();
                    throw RunFailures.outOfTime(running.lastFiredRule(), running.firings(), budget, rules);
                }
                if (fired >= FIRING_LIMIT && running.fire(1) > 0) {
                    running.fail();
                    throw RunFailures.firingLimit(running.steps(), FIRING_LIMIT);
                }
                return new Evaluation(running.finishedTrace(), running.facts(), running.justifications());
            }
        }

        @Override
        public long start() {
            return start;
        }

        @Override
        public Duration budget() {
            return budget;
        }

        @Override
        public KnowledgePackException abandon() {
            TracedSession running = session;
            if (running == null) { // still inserting the answers, or not started
                return RunFailures.stillRunning(null, budget, rules);
            }
            // The worker still owns the session and this thread must not touch it (it may be closing it
            // this instant). If the worker comes back, its own budget check halts the session at the
            // end of the firing, fails the run and discards the session: a late run is never pooled.
            return RunFailures.stillRunning(running.firingRule(), budget, rules);
        }
    }

    /**
     * A session with the answers inserted and nothing fired yet, for tools that watch the
     * reasoning step by step. The caller closes it.
     */
    public TracedSession open(Map<String, Object> normalizedAnswers) {
        KieSessionsPool pool = sessions.get();
        return new TracedSession(pool.newKieSession(sessionConfiguration), rules, normalizedAnswers, () -> retire(pool));
    }

    /** Replaces {@code pool}, which lent out a session that failed, unless another failure already did. */
    private void retire(KieSessionsPool pool) {
        if (sessions.get() == pool) {
            sessions.compareAndSet(pool, kieBase.newKieSessionsPool(POOL_SIZE));
        }
    }

    /** Every DRL error in the pack, each with its file and line; empty when it compiles. */
    public static List<PackProblem> compileErrors(KnowledgePack pack) {
        return KieBases.compile(pack).errors();
    }
}
