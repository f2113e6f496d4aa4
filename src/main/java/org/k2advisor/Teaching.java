package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.k2advisor.internal.engine.RuleEngine;
import org.k2advisor.internal.engine.TracedSession;
import org.k2advisor.internal.explain.AgendaOrder;

/**
 * The reasoning for one set of answers, one rule firing at a time, with the agenda shown before
 * each: what is ready to fire, in the order Drools will fire it, and why the first goes first.
 * From {@link Advisor#teach}. Going back replays the firings before from a fresh session, which
 * gives the same states because a run is deterministic. Not thread-safe; close it when done.
 */
public final class Teaching implements AutoCloseable {
    private final RuleEngine engine;
    private final Map<String, Object> answers;
    private final Map<String, RuleInfo> rules;
    private final Map<String, String> locations;
    private final int total;
    private TracedSession session;
    private int position;
    private boolean finished;

    /**
     * One firing, as teaching shows it.
     *
     * @param agenda what was ready to fire just before, in the order Drools fires it; the first fired
     * @param whyFirst why the first match went first, in words (salience, agenda group, load order)
     * @param firing what the firing matched and changed
     * @param rule the rule that fired
     */
    public record Step(List<AgendaEntry> agenda, String whyFirst, TraceStep firing, RuleInfo rule) {
        /**
         * Checks the parts and copies the agenda.
         *
         * @param agenda what was ready to fire just before
         * @param whyFirst why the first match went first
         * @param firing what the firing matched and changed
         * @param rule the rule that fired
         */
        public Step {
            agenda = List.copyOf(agenda);
            requireNonNull(whyFirst, "whyFirst");
            requireNonNull(firing, "firing");
            requireNonNull(rule, "rule");
        }
    }

    Teaching(RuleEngine engine, Map<String, Object> answers) {
        this.engine = engine;
        // In the order given: the answers enter working memory in this order, and teaching shows it.
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        this.rules = engine.rules().stream().collect(Collectors.toMap(RuleInfo::name, Function.identity()));
        this.locations = engine.rules().stream().collect(Collectors.toMap(RuleInfo::name, r -> r.file() + ":" + r.line()));
        // The whole run once, so each step can say "firing 3 of 15".
        this.total = engine.evaluate(answers).trace().size();
        restart();
    }

    /**
     * How many firings the whole run has.
     *
     * @return the number of rule firings for these answers
     */
    public int total() {
        return total;
    }

    /**
     * How many firings have happened so far.
     *
     * @return 0 at the start
     */
    public int position() {
        return position;
    }

    /**
     * Whether the agenda is empty, so the reasoning is complete.
     *
     * @return true once {@link #next()} found nothing to fire
     */
    public boolean finished() {
        return finished;
    }

    /**
     * What is ready to fire now, in the order Drools will fire it.
     *
     * @return the agenda; empty when the reasoning is complete
     */
    public List<AgendaEntry> agenda() {
        return session.agenda();
    }

    /**
     * Our facts in working memory now: the answers, the findings and the advice concluded so far.
     *
     * @return each fact as text, oldest first
     */
    public List<String> workingMemory() {
        return session.facts().stream().map(Object::toString).toList();
    }

    /**
     * The firings so far, as they stand now. Drools settles the network lazily, so truth
     * maintenance may retract a fact only when the agenda is next looked at (by {@link #next()}):
     * a firing can then list more than it did when {@link #next()} returned it.
     *
     * @return each firing so far, in order
     */
    public List<TraceStep> firings() {
        return List.copyOf(session.steps());
    }

    /**
     * Fires the next rule.
     *
     * @return the firing, with the agenda before it; empty when nothing was ready to fire
     */
    public Optional<Step> next() {
        if (finished || position >= RuleEngine.FIRING_LIMIT) {
            finished = true;
            return Optional.empty();
        }
        List<AgendaEntry> agenda = session.agenda();
        if (agenda.isEmpty() || session.fire(1) == 0) {
            finished = true;
            return Optional.empty();
        }
        position++;
        List<TraceStep> steps = session.steps();
        TraceStep fired = steps.get(steps.size() - 1);
        return Optional.of(new Step(agenda, AgendaOrder.whyFirst(agenda, locations), fired, rules.get(fired.rule())));
    }

    /**
     * Goes back one firing: replays the run from the start to the firing before.
     *
     * @return the firing now current, shown again; empty when back at the start
     */
    public Optional<Step> back() {
        int target = Math.max(0, position - 1);
        restart();
        if (target == 0) {
            return Optional.empty();
        }
        while (position < target - 1) {
            session.fire(1);
            position++;
        }
        return next();
    }

    /** Ends the session; working memory is released. */
    @Override
    public void close() {
        session.close();
    }

    private void restart() {
        if (session != null) {
            session.close();
        }
        session = engine.open(answers);
        position = 0;
        finished = false;
    }
}
