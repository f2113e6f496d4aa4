package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.k2advisor.internal.drl.Condition;
import org.k2advisor.internal.drl.Conclusion;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.drl.FactShapes;
import org.k2advisor.internal.drl.RuleSource;

/**
 * Which rules could conclude a fact matching a pattern, and what each would then need. A
 * literal argument either fits the pattern or rules the rule out; a variable argument carries the
 * pattern's comparison back to the field it is bound to: {@code new Finding("risk_factor", $risk)}
 * with {@code $risk : id}, asked for a finding whose value is "kidney_disease", needs an Answer
 * whose id is "kidney_disease". Those extra comparisons are the rule's "wanted" map, by condition.
 */
final class Producers {
    record Candidate(RuleSource rule, Map<Integer, List<Comparison>> wanted) {}

    private Producers() {}

    static List<Candidate> of(DrlRules drl, String type, List<Comparison> comparisons, Set<String> excluded) {
        List<Candidate> candidates = new ArrayList<>();
        for (RuleSource rule : drl.rules()) {
            if (excluded.contains(rule.name())) {
                continue;
            }
            for (Conclusion conclusion : rule.conclusions()) {
                Map<Integer, List<Comparison>> wanted = conclusion.type().equals(type)
                        ? refinement(rule, conclusion, comparisons) : null;
                if (wanted != null) {
                    candidates.add(new Candidate(rule, wanted));
                    break;
                }
            }
        }
        return candidates;
    }

    /** What {@code rule} needs so that {@code conclusion} matches the comparisons, or null when it never can. */
    static Map<Integer, List<Comparison>> refinement(RuleSource rule, Conclusion conclusion, List<Comparison> comparisons) {
        List<String> fields = FactShapes.fields(conclusion.type());
        Map<Integer, List<Comparison>> wanted = new LinkedHashMap<>();
        for (Comparison comparison : comparisons) {
            int index = fields.indexOf(comparison.field());
            if (index < 0 || index >= conclusion.arguments().size()) {
                continue;
            }
            Conclusion.Argument argument = conclusion.arguments().get(index);
            if (argument.isLiteral()) {
                Object literal = argument.literal() instanceof Number n ? (Object) n.doubleValue() : argument.literal();
                if (FactTest.test(literal, comparison) == Truth.FALSE) {
                    return null;
                }
            } else if (argument.isVariable()) {
                carry(rule, argument.variable(), comparison, wanted);
            }
        }
        for (Map.Entry<Integer, List<Comparison>> entry : wanted.entrySet()) {
            List<Comparison> all = new ArrayList<>(rule.conditions().get(entry.getKey()).comparisons());
            all.addAll(entry.getValue());
            if (!satisfiable(all)) {
                return null;
            }
        }
        return wanted;
    }

    private static void carry(RuleSource rule, String variable, Comparison comparison, Map<Integer, List<Comparison>> wanted) {
        for (int i = 0; i < rule.conditions().size(); i++) {
            Condition condition = rule.conditions().get(i);
            String field = condition.negated() ? null : condition.fieldBoundTo(variable);
            if (field != null) {
                wanted.computeIfAbsent(i, k -> new ArrayList<>()).add(comparison.on(field));
                return;
            }
        }
    }

    /** False when the equality and membership comparisons on some field leave no value at all. */
    static boolean satisfiable(List<Comparison> comparisons) {
        Map<String, List<Object>> allowed = new HashMap<>();
        for (Comparison c : comparisons) {
            if (c.operator().equals("==") || c.operator().equals("in")) {
                List<Object> values = new ArrayList<>(c.values());
                allowed.merge(c.field(), values, (a, b) -> {
                    a.retainAll(b);
                    return a;
                });
            }
        }
        for (Comparison c : comparisons) {
            if ((c.operator().equals("!=") || c.operator().equals("not in")) && allowed.containsKey(c.field())) {
                allowed.get(c.field()).removeAll(c.values());
            }
        }
        return allowed.values().stream().noneMatch(List::isEmpty);
    }
}
