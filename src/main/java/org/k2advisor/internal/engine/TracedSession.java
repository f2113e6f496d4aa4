package org.k2advisor.internal.engine;

import java.util.List;
import java.util.Map;

import org.drools.core.WorkingMemoryEntryPoint;
import org.k2advisor.AgendaEntry;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.facts.Answer;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One session over a pack's rules with the answers inserted and a trace recorder listening,
 * fired as far as the caller wants: all at once for a report, one rule at a time for teaching.
 * Close it when done; a session holds working memory until disposed.
 *
 * <p>A session whose run failed (a rule threw, or the engine gave up on it) is never disposed:
 * disposing a pooled session resets it and hands it to the next caller, and a session whose run
 * stopped part-way must not serve anyone again. Closing it resets it where it is, which empties its
 * working memory and drops the JVM-wide registration Drools' truth maintenance keeps for every
 * session that used insertLogical (without that, a discarded session is never garbage), and then
 * calls {@code discard}, which keeps it out of the pool for good.
 */
public final class TracedSession implements AutoCloseable {
    private final KieSession session;
    private final Map<String, RuleInfoIndex.Entry> rules;
    private final TraceRecorder recorder;
    private final Runnable discard;
    private boolean failed;

    /**
     * Takes over a fresh (or freshly reset, pooled) session and inserts the answers; {@code discard}
     * takes it out of its pool for good when the run failed.
     */
    TracedSession(KieSession session, Map<String, RuleInfoIndex.Entry> rules, Map<String, Object> normalizedAnswers,
            Runnable discard) {
        this.session = session;
        this.rules = rules;
        this.discard = discard;
        this.recorder = new TraceRecorder(rules);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        try {
            normalizedAnswers.forEach((id, value) -> session.insert(answerFact(id, value)));
        } catch (RuntimeException | Error e) { // a pack's constraint may throw as an answer arrives
            failed = true;
            close();
            throw e;
        }
    }

    /**
     * Fires at most {@code limit} rules; returns how many fired (0 when nothing was ready).
     *
     * @throws org.k2advisor.KnowledgePackException naming the rule, its file and line, when a rule's action throws
     */
    public int fire(int limit) {
        try {
            return session.fireAllRules(limit);
        } catch (ConsequenceException e) {
            failed = true;
            throw RunFailures.consequence(e, rules);
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    /** Marks the run as failed, so that closing discards the session instead of returning it to the pool. */
    void fail() {
        failed = true;
    }

    /**
     * Gives the run a time budget that began at {@code start} (System.nanoTime()): after a firing
     * that ends past it, the session halts, and {@link #outOfTime()} is true. The clock is read after
     * every firing, or after every 8th only when {@code everyFiring} is false.
     */
    void limitTime(long start, long budgetNanos, boolean everyFiring) {
        recorder.limitTime(session, start, budgetNanos, everyFiring);
    }

    boolean outOfTime() {
        return recorder.outOfTime();
    }

    /** The rule whose action is running now, or null; safe to call from any thread. */
    String firingRule() {
        return recorder.firing();
    }

    /** The last rule that began to fire, or null; only for the thread that fires the session. */
    String lastFiredRule() {
        return recorder.lastFired();
    }

    /** How many rules have fired; only for the thread that fires the session. */
    int firings() {
        return recorder.firings();
    }

    /** The firings so far, in order. */
    public List<TraceStep> steps() {
        return recorder.steps();
    }

    /** Our facts in working memory now (answers, findings, advice), oldest first. */
    public List<Object> facts() {
        return recorder.facts();
    }

    /** For each fact a rule inserted, the facts that rule matched (by identity). */
    java.util.Map<Object, List<Object>> justifications() {
        return recorder.justifications();
    }

    /** The matches ready to fire, in the order Drools will fire them. */
    public List<AgendaEntry> agenda() {
        return AgendaSnapshot.of(session);
    }

    /** For tests that attach Drools' own listeners and loggers beside ours. */
    KieSession kieSession() {
        return session;
    }

    /**
     * Disposing a pooled session resets it for the next caller, so our listeners must go first. A
     * failed session is reset (which drops the listeners too) and discarded instead.
     */
    @Override
    public void close() {
        if (failed) {
            // WorkingMemoryEntryPoint is Drools-internal: KieSession has dispose() only, which would pool it.
            ((WorkingMemoryEntryPoint) session).reset();
            discard.run();
            return;
        }
        session.removeEventListener((AgendaEventListener) recorder);
        session.removeEventListener((RuleRuntimeEventListener) recorder);
        session.dispose();
    }

    /**
     * The fact a canonical answer becomes: booleans read yes/no, numbers also fill {@code number}
     * (null otherwise: Drools orders NaN above every number). Public so that explanations can test
     * a hypothetical answer exactly as the rules would see it.
     */
    public static Answer answerFact(String id, Object value) {
        if (value instanceof Boolean b) {
            return new Answer(id, b ? "yes" : "no", null);
        }
        if (value instanceof Number n) {
            return new Answer(id, n.toString(), n.doubleValue());
        }
        return new Answer(id, value.toString(), null);
    }
}
