package org.k2advisor.internal.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.k2advisor.TraceStep;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * Listens to one session and writes down each rule firing and the working-memory changes it
 * caused. Drools propagates lazily, so a truth-maintenance retraction can surface while a later
 * rule fires; the event still names the rule whose action caused it, and the change is filed
 * under that rule's latest firing, not under whatever happens to be firing. It also keeps our
 * facts in insertion order, which Drools does not promise, so the educator tools list working
 * memory the same way every time.
 *
 * <p>It also keeps the time budget: after a firing it reads the clock, and once the budget is spent
 * it halts the session, so a run that is slow but progressing stops before the next firing.
 */
final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private static final String FACTS_PACKAGE = "org.k2advisor.internal.facts.";
    /** Release writes, acquire reads: cheaper than volatile on every firing, and enough for a reader that gave up waiting. */
    private static final VarHandle FIRING;

    static {
        try {
            FIRING = MethodHandles.lookup().findVarHandle(TraceRecorder.class, "firing", String.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Map<String, RuleInfoIndex.Entry> rules;
    private final List<StepBuilder> steps = new ArrayList<>();
    private final Map<String, StepBuilder> latestFiring = new HashMap<>(64);
    /** Our facts in working memory, oldest first; updates and deletions are rare, so a list will do. */
    private final List<Object> memory = new ArrayList<>(48);
    /**
     * For each fact a rule inserted, the facts that rule matched: what the fact rests on. Keyed by
     * identity, since two equal-looking findings are two facts with their own justifications.
     */
    private final Map<Object, List<Object>> justifications = new IdentityHashMap<>(64);
    /** The rule whose action is running now, null between firings; read by another thread through {@link #firing()}. */
    @SuppressWarnings("unused") // through FIRING
    private String firing;
    private KieSession session;
    private long start;
    private long budgetNanos = Long.MAX_VALUE;
    /** The clock is read after every firing whose number has these bits clear (0: after every firing). */
    private int clockMask;
    private boolean outOfTime;

    TraceRecorder(Map<String, RuleInfoIndex.Entry> rules) {
        this.rules = rules;
    }

    /**
     * From now on, halts {@code session} after a firing that ends more than {@code budgetNanos} after
     * {@code start}, reading the clock after every firing, or only after every 8th when
     * {@code everyFiring} is false (see {@link Containment#INLINE}).
     */
    void limitTime(KieSession session, long start, long budgetNanos, boolean everyFiring) {
        this.session = session;
        this.start = start;
        this.budgetNanos = budgetNanos;
        this.clockMask = everyFiring ? 0 : 7;
    }

    /** Whether the budget was spent: at the last firing's end, or now. */
    boolean outOfTime() {
        return outOfTime || System.nanoTime() - start > budgetNanos;
    }

    /** The rule whose action is running, or null between firings; safe to call from any thread. */
    String firing() {
        return (String) FIRING.getAcquire(this);
    }

    /** The last rule that began to fire, or null; for the thread that fires the session. */
    String lastFired() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1).rule;
    }

    int firings() {
        return steps.size();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        FIRING.setRelease(this, (String) null);
        if ((steps.size() & clockMask) == 0 && !outOfTime && System.nanoTime() - start > budgetNanos) {
            outOfTime = true;
            session.halt(); // the firing just ended; fireAllRules returns before the next one
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        RuleInfoIndex.Entry info = rules.get(rule);
        StepBuilder step = new StepBuilder(steps.size() + 1, rule, info == null ? List.of() : info.claims());
        for (Object fact : event.getMatch().getObjects()) {
            if (isOurs(fact)) {
                step.matchedFacts.add(fact);
                step.matched.add(fact.toString());
            }
        }
        steps.add(step);
        latestFiring.put(rule, step);
        FIRING.setRelease(this, rule);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        if (isOurs(fact)) {
            memory.add(fact);
            StepBuilder step = event.getRule() == null ? null : latestFiring.get(event.getRule().getName());
            if (step != null) {
                justifications.put(fact, step.matchedFacts);
            }
        }
        record(event.getRule(), fact, StepBuilder::inserted);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        int at = indexOf(event.getOldObject());
        if (at >= 0) {
            memory.set(at, event.getObject());
        }
        record(event.getRule(), event.getObject(), StepBuilder::updated);
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        int at = indexOf(event.getOldObject());
        if (at >= 0) {
            memory.remove(at);
        }
        record(event.getRule(), event.getOldObject(), StepBuilder::retracted);
    }

    List<TraceStep> steps() {
        return steps.stream().map(StepBuilder::build).toList();
    }

    /** Our facts now in working memory, oldest first. */
    List<Object> facts() {
        return List.copyOf(memory);
    }

    /** What each fact a rule inserted rests on: the facts that rule matched (absent for the answers). */
    Map<Object, List<Object>> justifications() {
        return justifications;
    }

    /** By identity: our facts use identity equality, and two equal-looking findings are two facts. */
    private int indexOf(Object fact) {
        for (int i = memory.size() - 1; i >= 0; i--) {
            if (memory.get(i) == fact) {
                return i;
            }
        }
        return -1;
    }

    /** Changes made outside any rule (the answers inserted before firing) belong to no step. */
    private void record(Rule cause, Object fact, Function<StepBuilder, List<String>> list) {
        StepBuilder step = cause == null ? null : latestFiring.get(cause.getName());
        if (step != null && isOurs(fact)) {
            list.apply(step).add(fact.toString());
        }
    }

    static boolean isOurs(Object fact) {
        return fact != null && fact.getClass().getName().startsWith(FACTS_PACKAGE);
    }

    private static final class StepBuilder {
        final int step;
        final String rule;
        final List<String> claims;
        final List<Object> matchedFacts = new ArrayList<>(2);
        final List<String> matched = new ArrayList<>(2);
        final List<String> inserted = new ArrayList<>(2);
        // Updates and retractions are rare: these lists are made on first use.
        List<String> updated;
        List<String> retracted;

        StepBuilder(int step, String rule, List<String> claims) {
            this.step = step;
            this.rule = rule;
            this.claims = claims;
        }

        List<String> inserted() {
            return inserted;
        }

        List<String> updated() {
            if (updated == null) {
                updated = new ArrayList<>(1);
            }
            return updated;
        }

        List<String> retracted() {
            if (retracted == null) {
                retracted = new ArrayList<>(1);
            }
            return retracted;
        }

        TraceStep build() {
            return new TraceStep(step, rule, claims, matched, inserted,
                    updated == null ? List.of() : updated, retracted == null ? List.of() : retracted);
        }
    }
}
