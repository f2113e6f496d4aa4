package org.k2advisor.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.k2advisor.TraceStep;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Listens to one session and writes down each rule firing and the working-memory changes it
 * caused. Drools propagates lazily, so a truth-maintenance retraction can surface while a later
 * rule fires; the event still names the rule whose action caused it, and the change is filed
 * under that rule's latest firing, not under whatever happens to be firing. It also keeps our
 * facts in insertion order, which Drools does not promise, so the educator tools list working
 * memory the same way every time.
 */
final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private static final String FACTS_PACKAGE = "org.k2advisor.internal.facts.";

    private final Map<String, RuleInfoIndex.Entry> rules;
    private final List<StepBuilder> steps = new ArrayList<>();
    private final Map<String, StepBuilder> latestFiring = new HashMap<>();
    private final Map<FactHandle, Object> memory = new LinkedHashMap<>();

    TraceRecorder(Map<String, RuleInfoIndex.Entry> rules) {
        this.rules = rules;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        RuleInfoIndex.Entry info = rules.get(rule);
        StepBuilder step = new StepBuilder(steps.size() + 1, rule, info == null ? List.of() : info.claims());
        for (Object fact : event.getMatch().getObjects()) {
            if (isOurs(fact)) {
                step.matched.add(fact.toString());
            }
        }
        steps.add(step);
        latestFiring.put(rule, step);
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        remember(event.getFactHandle(), event.getObject());
        record(event.getRule(), event.getObject(), StepBuilder::inserted);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        remember(event.getFactHandle(), event.getObject());
        record(event.getRule(), event.getObject(), StepBuilder::updated);
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        memory.remove(event.getFactHandle());
        record(event.getRule(), event.getOldObject(), StepBuilder::retracted);
    }

    List<TraceStep> steps() {
        return steps.stream().map(StepBuilder::build).toList();
    }

    /** Our facts now in working memory, oldest first. */
    List<Object> facts() {
        return List.copyOf(memory.values());
    }

    private void remember(FactHandle handle, Object fact) {
        if (isOurs(fact)) {
            memory.put(handle, fact);
        }
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
        final List<String> matched = new ArrayList<>(2);
        final List<String> inserted = new ArrayList<>(1);
        final List<String> updated = new ArrayList<>(0);
        final List<String> retracted = new ArrayList<>(0);

        StepBuilder(int step, String rule, List<String> claims) {
            this.step = step;
            this.rule = rule;
            this.claims = claims;
        }

        List<String> inserted() {
            return inserted;
        }

        List<String> updated() {
            return updated;
        }

        List<String> retracted() {
            return retracted;
        }

        TraceStep build() {
            return new TraceStep(step, rule, claims, matched, inserted, updated, retracted);
        }
    }
}
