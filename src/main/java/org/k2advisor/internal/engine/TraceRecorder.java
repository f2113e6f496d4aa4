package org.k2advisor.internal.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.TraceStep;
import org.k2advisor.internal.facts.Answer;
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
    /** Release writes, acquire reads: cheaper than volatile on every firing, and enough for a reader that gave up waiting. */
    private static final VarHandle FIRING;

    static {
        try {
            FIRING = MethodHandles.lookup().findVarHandle(TraceRecorder.class, "firing", String.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final RuleInfoIndex rules;
    private final List<Firing> firings = new ArrayList<>();
    /** Each rule's latest firing, by {@link RuleInfoIndex.Entry#index()}; null until it fires. */
    private final Firing[] latestFiring;
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
    /** The rule object that fired last and its firing: most changes are caused by it, so no lookup is needed. */
    private Rule lastRule;
    private Firing lastFiring;
    private KieSession session;
    private long start;
    private long budgetNanos = Long.MAX_VALUE;
    /** The clock is read after every firing whose number has these bits clear (0: after every firing). */
    private int clockMask;
    private boolean outOfTime;

    TraceRecorder(RuleInfoIndex rules) {
        this.rules = rules;
        this.latestFiring = new Firing[rules.size()];
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
        return lastRule == null ? null : lastRule.getName();
    }

    int firings() {
        return firings.size();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        FIRING.setRelease(this, (String) null);
        if ((firings.size() & clockMask) == 0 && !outOfTime && System.nanoTime() - start > budgetNanos) {
            outOfTime = true;
            session.halt(); // the firing just ended; fireAllRules returns before the next one
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        RuleInfoIndex.Entry entry = rules.of(rule);
        Firing step = new Firing(firings.size() + 1, rule.getName(), entry == null ? List.of() : entry.claims());
        for (Object fact : event.getMatch().getObjects()) {
            if (isOurs(fact)) {
                step.matched.add(fact);
            }
        }
        firings.add(step);
        if (entry != null) {
            latestFiring[entry.index()] = step;
        }
        lastRule = rule;
        lastFiring = step;
        FIRING.setRelease(this, step.rule);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        if (!isOurs(fact)) {
            return;
        }
        memory.add(fact);
        Firing step = latestFiringOf(event.getRule());
        if (step != null) {
            justifications.put(fact, step.matched);
            step.inserted.add(fact);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        int at = indexOf(event.getOldObject());
        if (at >= 0) {
            memory.set(at, event.getObject());
        }
        Firing step = latestFiringOf(event.getRule());
        if (step != null && isOurs(event.getObject())) {
            step.updated().add(event.getObject());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        int at = indexOf(event.getOldObject());
        if (at >= 0) {
            memory.remove(at);
        }
        Firing step = latestFiringOf(event.getRule());
        if (step != null && isOurs(event.getOldObject())) {
            step.retracted().add(event.getOldObject());
        }
    }

    /** The trace so far, its text built now: for a run still in progress, whose later firings may add to earlier steps. */
    List<TraceStep> steps() {
        return firings.stream().map(Firing::toStep).toList();
    }

    /** The trace of a finished run, its text built only if it is read. */
    List<TraceStep> finishedTrace() {
        return new RecordedTrace(List.copyOf(firings));
    }

    /** Our facts now in working memory, oldest first. */
    List<Object> facts() {
        return List.copyOf(memory);
    }

    /** What each fact a rule inserted rests on: the facts that rule matched (absent for the answers). */
    Map<Object, List<Object>> justifications() {
        return justifications;
    }

    /**
     * The latest firing of the rule whose action caused a change (usually the one firing now), or null
     * for a change made outside any rule (the answers inserted before firing).
     */
    private Firing latestFiringOf(Rule cause) {
        if (cause == null) {
            return null;
        }
        if (cause == lastRule) {
            return lastFiring;
        }
        RuleInfoIndex.Entry entry = rules.of(cause);
        return entry == null ? null : latestFiring[entry.index()];
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

    /** Our fact classes (answers, findings, advice) live in one package; Drools may insert objects of its own. */
    static boolean isOurs(Object fact) {
        return fact != null && Answer.class.getPackageName().equals(fact.getClass().getPackageName());
    }

    /**
     * One firing as recorded: references to the rule's name and claims and to our fact objects, no
     * text. Our facts are immutable, so turning them into text later gives what it would have now.
     */
    static final class Firing {
        final int step;
        final String rule;
        final List<String> claims;
        /** The facts it matched; also what the facts it inserted rest on. */
        final List<Object> matched = new ArrayList<>(2);
        final List<Object> inserted = new ArrayList<>(2);
        // Updates and retractions are rare: these lists are made on first use.
        private List<Object> updated;
        private List<Object> retracted;

        Firing(int step, String rule, List<String> claims) {
            this.step = step;
            this.rule = rule;
            this.claims = claims;
        }

        private List<Object> updated() {
            if (updated == null) {
                updated = new ArrayList<>(1);
            }
            return updated;
        }

        private List<Object> retracted() {
            if (retracted == null) {
                retracted = new ArrayList<>(1);
            }
            return retracted;
        }

        TraceStep toStep() {
            return new TraceStep(step, rule, claims, text(matched), text(inserted), text(updated), text(retracted));
        }

        private static List<String> text(List<Object> facts) {
            if (facts == null || facts.isEmpty()) {
                return List.of();
            }
            String[] text = new String[facts.size()];
            for (int i = 0; i < text.length; i++) {
                text[i] = facts.get(i).toString();
            }
            return List.of(text);
        }
    }
}
