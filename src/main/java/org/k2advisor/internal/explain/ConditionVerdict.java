package org.k2advisor.internal.explain;

import java.util.List;

import org.k2advisor.internal.drl.Condition;
import org.k2advisor.internal.drl.Constraint.Comparison;

/**
 * How one condition of a rule fared against working memory. {@code wanted} holds the extra
 * comparisons a consuming rule adds (the finding it needs must have this value); {@code notes}
 * say in words what held or failed; {@code producers} are the rules that could have concluded
 * the missing fact; {@code fixes} are the answer changes, any one of which makes it hold.
 */
public record ConditionVerdict(
        Condition condition,
        List<Comparison> wanted,
        Status status,
        List<String> notes,
        List<RuleVerdict> producers,
        List<ChangeSet> fixes) {

    public enum Status { HELD, NOT_HELD, CANNOT_EXPLAIN }

    public ConditionVerdict {
        wanted = List.copyOf(wanted);
        notes = List.copyOf(notes);
        producers = List.copyOf(producers);
        fixes = List.copyOf(fixes);
    }
}
