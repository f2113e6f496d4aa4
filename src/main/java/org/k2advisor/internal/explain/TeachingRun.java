package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.k2advisor.Teaching;
import org.k2advisor.TraceStep;

/**
 * A whole {@link Teaching} run, recorded step by step, for a front end that cannot hold a stepper
 * open between requests (the stateless service): it steps through the copy instead. Built from the
 * public stepper alone, so it shows exactly what {@code k2advisor teach} shows.
 *
 * @param answers the answers the run is for, in canonical form
 * @param initialWorkingMemory the facts before any rule fired: the answers
 * @param steps every firing, in order
 * @param finalWorkingMemory the facts once the agenda is empty and the network has settled
 */
public record TeachingRun(Map<String, Object> answers, List<String> initialWorkingMemory, List<Shown> steps,
        List<String> finalWorkingMemory) {

    /**
     * One firing as the stepper showed it, with working memory right after it and what truth
     * maintenance changed later: Drools settles the network lazily, so a retraction caused by this
     * firing may happen only when the agenda is next looked at.
     *
     * @param step the agenda before the firing, why the first goes first, the firing, the rule
     * @param workingMemory the facts right after the firing
     * @param late what the firing changed only once the network settled (empty lists when nothing)
     */
    public record Shown(Teaching.Step step, List<String> workingMemory, TraceStep late) {
        public Shown {
            workingMemory = List.copyOf(workingMemory);
        }
    }

    public TeachingRun {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        initialWorkingMemory = List.copyOf(initialWorkingMemory);
        steps = List.copyOf(steps);
        finalWorkingMemory = List.copyOf(finalWorkingMemory);
    }

    /** Steps the stepper to the end (it stops by itself at the engine's firing limit) and records each firing. */
    public static TeachingRun record(Teaching teaching, Map<String, Object> answers) {
        List<String> initial = teaching.workingMemory();
        List<Teaching.Step> fired = new ArrayList<>();
        List<List<String>> memories = new ArrayList<>();
        for (Optional<Teaching.Step> step = teaching.next(); step.isPresent(); step = teaching.next()) {
            fired.add(step.get());
            memories.add(teaching.workingMemory());
        }
        // next() found the agenda empty, so the network has settled: firings() holds each firing's final changes.
        List<TraceStep> settled = teaching.firings();
        List<Shown> steps = new ArrayList<>();
        for (int i = 0; i < fired.size(); i++) {
            steps.add(new Shown(fired.get(i), memories.get(i), late(fired.get(i).firing(), settled.get(i))));
        }
        return new TeachingRun(answers, initial, steps, teaching.workingMemory());
    }

    /** What the settled firing lists beyond what it listed when it was shown. */
    private static TraceStep late(TraceStep shown, TraceStep settled) {
        return new TraceStep(shown.step(), shown.rule(), shown.claims(), List.of(),
                beyond(shown.inserted(), settled.inserted()), beyond(shown.updated(), settled.updated()),
                beyond(shown.retracted(), settled.retracted()));
    }

    private static List<String> beyond(List<String> shown, List<String> settled) {
        return settled.size() > shown.size() ? settled.subList(shown.size(), settled.size()) : List.of();
    }
}
