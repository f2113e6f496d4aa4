package org.k2advisor.internal.explain;

import java.util.List;

import org.k2advisor.internal.drl.RuleSource;

/**
 * How one rule fared: it fires (every condition held), it is blocked (some did not), or we cannot
 * say (a condition is outside the subset we evaluate). {@code fixes} are the alternative sets of
 * answer changes that would make every failing condition hold; empty when none was found.
 */
public record RuleVerdict(RuleSource rule, Outcome outcome, List<ConditionVerdict> conditions, List<ChangeSet> fixes) {

    public enum Outcome { FIRES, BLOCKED, CANNOT_EXPLAIN }

    public RuleVerdict {
        conditions = List.copyOf(conditions);
        fixes = List.copyOf(fixes);
    }
}
