package org.k2advisor.internal.engine;

import java.util.List;
import java.util.Map;

import org.k2advisor.AgendaEntry;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.facts.Answer;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One session over a pack's rules with the answers inserted and a trace recorder listening,
 * fired as far as the caller wants: all at once for a report, one rule at a time for teaching.
 * Close it when done; a session holds working memory until disposed.
 */
public final class TracedSession implements AutoCloseable {
    private final KieSession session;
    private final TraceRecorder recorder;

    /** Takes over a fresh (or freshly reset, pooled) session and inserts the answers. */
    TracedSession(KieSession session, Map<String, RuleInfoIndex.Entry> rules, Map<String, Object> normalizedAnswers) {
        this.session = session;
        this.recorder = new TraceRecorder(rules);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        normalizedAnswers.forEach((id, value) -> session.insert(answerFact(id, value)));
    }

    /** Fires at most {@code limit} rules; returns how many fired (0 when nothing was ready). */
    public int fire(int limit) {
        return session.fireAllRules(limit);
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

    /** Disposing a pooled session resets it for the next caller, so our listeners must go first. */
    @Override
    public void close() {
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
