package org.k2advisor.internal.explain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.k2advisor.Report;
import org.k2advisor.TraceStep;

/**
 * Walks a report's trace backwards from one advice item: the firings that inserted it, then the
 * firings that inserted the facts those matched, down to the answers. The steps come back in
 * firing order, so reading them top to bottom retells the reasoning from answers to advice.
 */
public final class WhyChain {
    private WhyChain() {}

    /** The trace steps that led to {@code adviceId}; empty when the report does not contain it. */
    public static List<TraceStep> of(Report report, String adviceId) {
        List<TraceStep> trace = report.trace();
        Set<Integer> chosen = new HashSet<>();
        Deque<String> wanted = new ArrayDeque<>(List.of("Advice(" + adviceId + ")"));
        Set<String> seen = new HashSet<>();
        while (!wanted.isEmpty()) {
            String fact = wanted.pop();
            if (!seen.add(fact)) {
                continue;
            }
            for (TraceStep step : trace) {
                if (step.inserted().contains(fact) && chosen.add(step.step())) {
                    wanted.addAll(step.matched());
                }
            }
        }
        List<TraceStep> chain = new ArrayList<>();
        for (TraceStep step : trace) {
            if (chosen.contains(step.step())) {
                chain.add(step);
            }
        }
        return chain;
    }

    /**
     * The answers a chain rests on: facts its firings matched that none of them concluded, in the
     * order the chain first uses them. Empty for advice concluded by a rule with no conditions.
     */
    public static List<String> restsOn(List<TraceStep> chain) {
        Set<String> concluded = new HashSet<>();
        chain.forEach(step -> concluded.addAll(step.inserted()));
        Set<String> leaves = new java.util.LinkedHashSet<>();
        for (TraceStep step : chain) {
            step.matched().stream().filter(fact -> !concluded.contains(fact)).forEach(leaves::add);
        }
        return List.copyOf(leaves);
    }
}
