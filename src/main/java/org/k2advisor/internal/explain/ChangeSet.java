package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answer changes that go together: every one is needed for a condition (or rule) to hold. The
 * alternatives for a condition are a list of these; a rule needs one alternative from each of its
 * failing conditions, which {@link #product} combines, dropping combinations that would need
 * one question to have two values at once.
 */
public record ChangeSet(List<AnswerChange> changes) {
    /** Enough alternatives to teach with; more would bury the answer. */
    static final int MAX_ALTERNATIVES = 12;

    public ChangeSet {
        changes = List.copyOf(changes);
    }

    static ChangeSet of(AnswerChange... changes) {
        return new ChangeSet(List.of(changes));
    }

    /** "--set a=1 --set b=yes". */
    public String asSetOptions() {
        return changes.stream().map(AnswerChange::asSetOption).collect(Collectors.joining(" "));
    }

    /** "a = 1 and b = yes". */
    public String inWords() {
        return changes.stream().map(c -> c.question() + " = " + c.shownValue()).collect(Collectors.joining(" and "));
    }

    /** Both sets together, or null when they disagree about a question. */
    ChangeSet plus(ChangeSet other) {
        Map<String, AnswerChange> merged = new LinkedHashMap<>();
        for (AnswerChange change : concat(changes, other.changes)) {
            AnswerChange earlier = merged.putIfAbsent(change.question(), change);
            if (earlier != null && !earlier.value().equals(change.value())) {
                return null;
            }
        }
        return new ChangeSet(new ArrayList<>(merged.values()));
    }

    /** One alternative from each list, combined; an empty list among them means no combination exists. */
    static List<ChangeSet> product(List<List<ChangeSet>> choices) {
        List<ChangeSet> combined = List.of(new ChangeSet(List.of()));
        for (List<ChangeSet> options : choices) {
            Set<ChangeSet> next = new LinkedHashSet<>();
            for (ChangeSet sofar : combined) {
                for (ChangeSet option : options) {
                    ChangeSet both = sofar.plus(option);
                    if (both != null && next.size() < MAX_ALTERNATIVES * 4) {
                        next.add(both);
                    }
                }
            }
            combined = new ArrayList<>(next);
        }
        return combined;
    }

    /** The alternatives without repeats, smallest first (stable otherwise), at most MAX_ALTERNATIVES * 4. */
    static List<ChangeSet> distinct(List<ChangeSet> alternatives) {
        List<ChangeSet> unique = new ArrayList<>(new LinkedHashSet<>(alternatives));
        unique.sort(java.util.Comparator.comparingInt(set -> set.changes().size()));
        return unique.size() > MAX_ALTERNATIVES * 4 ? unique.subList(0, MAX_ALTERNATIVES * 4) : unique;
    }

    private static List<AnswerChange> concat(List<AnswerChange> a, List<AnswerChange> b) {
        List<AnswerChange> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
