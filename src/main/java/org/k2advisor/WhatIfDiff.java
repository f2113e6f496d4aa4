package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.k2advisor.internal.json.ExplanationJson;

/**
 * Two reports for two sets of answers, compared: which answers changed, which advice came, went or
 * changed its urgency, and how often each rule fired. From {@link Advisor#whatIf}.
 *
 * @param answers the answers that differ, in questionnaire order
 * @param added advice in the second report only, in its order
 * @param removed advice in the first report only, in its order
 * @param changed advice in both whose indicator differs
 * @param unchanged advice in both with the same indicator
 * @param firingsBefore how many rules fired for the first answers
 * @param firingsAfter how many rules fired for the second
 * @param rules the rules whose firing count differs, in the order they first fired
 * @param disclaimer the pack's disclaimer
 */
public record WhatIfDiff(
        List<AnswerDelta> answers,
        List<AdviceItem> added,
        List<AdviceItem> removed,
        List<IndicatorChange> changed,
        List<AdviceItem> unchanged,
        int firingsBefore,
        int firingsAfter,
        List<RuleDelta> rules,
        String disclaimer) {

    /**
     * An answer that differs.
     *
     * @param id the question id
     * @param before the first value, or null when not answered
     * @param after the second value, or null when not answered
     */
    public record AnswerDelta(String id, Object before, Object after) {}

    /**
     * An advice item whose indicator differs.
     *
     * @param before the item in the first report
     * @param after the item in the second
     */
    public record IndicatorChange(AdviceItem before, AdviceItem after) {}

    /**
     * A rule that fired a different number of times.
     *
     * @param rule the rule's name
     * @param before how often it fired for the first answers
     * @param after how often for the second
     */
    public record RuleDelta(String rule, int before, int after) {}

    /**
     * Copies the lists.
     *
     * @param answers the answers that differ
     * @param added advice in the second report only
     * @param removed advice in the first report only
     * @param changed advice whose indicator differs
     * @param unchanged advice in both with the same indicator
     * @param firingsBefore how many rules fired for the first answers
     * @param firingsAfter how many rules fired for the second
     * @param rules the rules whose firing count differs
     * @param disclaimer the pack's disclaimer
     */
    public WhatIfDiff {
        requireNonNull(disclaimer, "disclaimer");
        answers = List.copyOf(answers);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        rules = List.copyOf(rules);
    }

    /**
     * Whether the advice is the same: nothing added, removed or changed.
     *
     * @return true when only the unchanged list holds items
     */
    public boolean adviceSame() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * The comparison as JSON, in the shape the JSON Schema {@code what-if.schema.json} describes.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ExplanationJson.whatIf(this);
    }
}
