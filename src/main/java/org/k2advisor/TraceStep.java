package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One rule firing, in firing order: the rule, the claims it encodes, the facts it matched and
 * what working memory gained or lost while it fired (truth-maintenance retractions included).
 */
public record TraceStep(
        int step,
        String rule,
        List<String> claims,
        List<String> matched,
        List<String> inserted,
        List<String> updated,
        List<String> retracted) {

    /**
     * A firing; the lists are copied.
     *
     * @param step its number, from 1, in firing order
     * @param rule the rule that fired
     * @param claims ids of the claims the rule encodes
     * @param matched the facts it matched
     * @param inserted the facts inserted while it fired
     * @param updated the facts updated while it fired
     * @param retracted the facts retracted while it fired, truth maintenance included
     */
    public TraceStep {
        requireNonNull(rule, "rule");
        claims = List.copyOf(claims);
        matched = List.copyOf(matched);
        inserted = List.copyOf(inserted);
        updated = List.copyOf(updated);
        retracted = List.copyOf(retracted);
    }
}
