package org.k2advisor.internal.engine;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

import org.k2advisor.TraceStep;

/**
 * A finished run's trace, kept as what the recorder captured (the rule's entry and our fact objects)
 * and turned into {@link TraceStep}s, with their text, the first time a step is read. Most callers
 * never read the trace, and building its strings on every run cost about a quarter of a run.
 *
 * <p>Unmodifiable. Safe to read from any thread: the captured firings are never changed after the run,
 * our facts are immutable (so their text is the same whenever it is made), and the built list is
 * published through a volatile field; two threads reading at once at worst both build it.
 */
public final class RecordedTrace extends AbstractList<TraceStep> implements RandomAccess {
    private final List<TraceRecorder.Firing> firings;
    private volatile List<TraceStep> built;

    RecordedTrace(List<TraceRecorder.Firing> firings) {
        this.firings = firings;
    }

    @Override
    public TraceStep get(int index) {
        return steps().get(index);
    }

    @Override
    public int size() {
        return firings.size();
    }

    private List<TraceStep> steps() {
        List<TraceStep> steps = built;
        if (steps == null) {
            List<TraceStep> building = new ArrayList<>(firings.size());
            for (TraceRecorder.Firing firing : firings) {
                building.add(firing.toStep());
            }
            steps = List.copyOf(building);
            built = steps;
        }
        return steps;
    }
}
