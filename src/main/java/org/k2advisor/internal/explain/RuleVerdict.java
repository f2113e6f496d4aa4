package org.k2advisor.internal.explain;

import java.util.List;

import org.k2advisor.internal.drl.RuleSource;

/**
 * How one rule fared against working memory at the end of the run: it fires (every condition
 * holds), it is blocked (some do not), or we cannot say (a condition is outside the subset we
 * evaluate). {@code retractedFirings} lists the rule's firings whose conclusions are all gone
 * from working memory by the end: a blocked rule can have fired before what it matched was
 * retracted, and truth maintenance then took back what it concluded. {@code fixes} are the alternative sets of
 * answer changes that would make every failing condition hold; empty when none was found.
 */
public record RuleVerdict(RuleSource rule, Outcome outcome, List<Integer> retractedFirings, List<ConditionVerdict> conditions,
        List<ChangeSet> fixes) {

    public enum Outcome { FIRES, BLOCKED, CANNOT_EXPLAIN }

    public RuleVerdict {
        retractedFirings = List.copyOf(retractedFirings);
        conditions = List.copyOf(conditions);
        fixes = List.copyOf(fixes);
    }
}
