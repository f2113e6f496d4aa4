package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.k2advisor.Question;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.drl.Condition;
import org.k2advisor.internal.drl.Conclusion;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.drl.FactShapes;
import org.k2advisor.internal.drl.RuleSource;

/**
 * Which answer changes would take a fact out of working memory, so that a {@code not} condition
 * holds. An answer changes to a value the pattern no longer matches; a concluded fact goes when
 * every firing that inserted it is undone (truth maintenance retracts it), and a firing is undone
 * when any one of its conditions stops holding for the facts it matched.
 */
final class Removals {
    private static final int MAX_DEPTH = 4;

    private Removals() {}

    /** Alternatives that remove {@code fact} from the facts matching {@code comparisons}; empty when none found. */
    static List<ChangeSet> of(RunContext run, Object fact, List<Comparison> comparisons, int depth) {
        if (FactShapes.isA(fact, "Answer")) {
            Question question = run.question(String.valueOf(FactShapes.get(fact, "id")));
            Object value = question == null ? null : AnswerValues.violating(question, comparisons);
            return value == null ? List.of() : List.of(ChangeSet.of(new AnswerChange(question.id(), value)));
        }
        if (depth >= MAX_DEPTH) {
            return List.of();
        }
        List<List<ChangeSet>> perFiring = new ArrayList<>();
        for (TraceStep firing : run.firingsInserting(fact.toString())) {
            perFiring.add(undo(run, firing, fact, comparisons, depth));
        }
        return perFiring.isEmpty() ? List.of() : ChangeSet.distinct(ChangeSet.product(perFiring));
    }

    private static List<ChangeSet> undo(RunContext run, TraceStep firing, Object fact, List<Comparison> comparisons, int depth) {
        RuleSource rule = run.drl().named(firing.rule());
        if (rule == null || !rule.understood()) {
            return List.of();
        }
        Map<Integer, List<Comparison>> wanted = Map.of();
        for (Conclusion conclusion : rule.conclusions()) {
            if (FactShapes.isA(fact, conclusion.type())) {
                Map<Integer, List<Comparison>> refined = Producers.refinement(rule, conclusion, comparisons);
                wanted = refined == null ? Map.of() : refined;
                break;
            }
        }
        List<ChangeSet> alternatives = new ArrayList<>();
        for (int i = 0; i < rule.conditions().size(); i++) {
            Condition condition = rule.conditions().get(i);
            if (condition.negated()) {
                continue;
            }
            List<Comparison> all = new ArrayList<>(condition.comparisons());
            all.addAll(wanted.getOrDefault(i, List.of()));
            for (String matchedText : firing.matched()) {
                Object matched = run.fact(matchedText);
                if (matched != null && FactTest.matches(matched, condition.type(), condition.comparisons()) == Truth.TRUE) {
                    alternatives.addAll(of(run, matched, all, depth + 1));
                }
            }
        }
        return alternatives;
    }
}
