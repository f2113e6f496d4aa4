package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.k2advisor.AdviceItem;
import org.k2advisor.Report;
import org.k2advisor.TraceStep;
import org.k2advisor.WhatIfDiff;

/**
 * `what-if`: two reports for two sets of answers, compared. Advice is matched by id (added,
 * removed, indicator changed, unchanged, each in report order) and rules by how often they fired,
 * so a rule that fired once for each of two risk factors shows as "2 -> 1", not as unchanged.
 */
public final class WhatIf {
    private WhatIf() {}

    public static WhatIfDiff between(Report before, Report after) {
        List<AdviceItem> added = new ArrayList<>();
        List<AdviceItem> removed = new ArrayList<>();
        List<WhatIfDiff.IndicatorChange> changed = new ArrayList<>();
        List<AdviceItem> unchanged = new ArrayList<>();
        for (AdviceItem item : after.advice()) {
            AdviceItem old = find(before.advice(), item.id());
            if (old == null) {
                added.add(item);
            } else if (old.indicator() != item.indicator()) {
                changed.add(new WhatIfDiff.IndicatorChange(old, item));
            } else {
                unchanged.add(item);
            }
        }
        before.advice().stream().filter(item -> find(after.advice(), item.id()) == null).forEach(removed::add);
        return new WhatIfDiff(answerDeltas(before.answers(), after.answers()), added, removed, changed, unchanged,
                before.trace().size(), after.trace().size(), ruleDeltas(before.trace(), after.trace()), after.disclaimer());
    }

    private static List<WhatIfDiff.AnswerDelta> answerDeltas(Map<String, Object> before, Map<String, Object> after) {
        // After holds every answer before did, and more, in questionnaire order.
        Set<String> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        List<WhatIfDiff.AnswerDelta> deltas = new ArrayList<>();
        for (String id : ids) {
            if (!Objects.equals(before.get(id), after.get(id))) {
                deltas.add(new WhatIfDiff.AnswerDelta(id, before.get(id), after.get(id)));
            }
        }
        return deltas;
    }

    /** Rules whose firing count differs, in the order they first fired (before, then after). */
    private static List<WhatIfDiff.RuleDelta> ruleDeltas(List<TraceStep> before, List<TraceStep> after) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        before.forEach(step -> counts.computeIfAbsent(step.rule(), r -> new int[2])[0]++);
        after.forEach(step -> counts.computeIfAbsent(step.rule(), r -> new int[2])[1]++);
        List<WhatIfDiff.RuleDelta> deltas = new ArrayList<>();
        counts.forEach((rule, n) -> {
            if (n[0] != n[1]) {
                deltas.add(new WhatIfDiff.RuleDelta(rule, n[0], n[1]));
            }
        });
        return deltas;
    }

    private static AdviceItem find(List<AdviceItem> items, String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst().orElse(null);
    }
}
