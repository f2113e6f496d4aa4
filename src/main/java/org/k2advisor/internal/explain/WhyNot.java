package org.k2advisor.internal.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.internal.engine.CompiledPack;
import org.k2advisor.AdvisorException;
import org.k2advisor.TraceStep;

/**
 * `explain why-not`: every rule that could conclude an advice item, judged condition by
 * condition against one run, and the answer changes that would bring the item in. Each change is
 * then checked by running the rules again with it, so a suggestion is never just our reading.
 */
public final class WhyNot {
    private WhyNot() {}

    /** What re-running the rules with a change showed; {@code problem} is set when the change could not be run. */
    public record Check(boolean brings, String problem) {}

    public record Explanation(
            String adviceId,
            boolean inReport,
            List<String> concludedBy,
            List<RuleVerdict> rules,
            Map<ChangeSet, Check> checks) {

        public Explanation {
            concludedBy = List.copyOf(concludedBy);
            rules = List.copyOf(rules);
            checks = new LinkedHashMap<>(checks);
        }
    }

    public static Explanation explain(CompiledPack bench, Map<String, Object> answers, String adviceId) {
        CompiledPack.Run run = bench.run(answers);
        String target = "Advice(" + adviceId + ")";
        List<String> concludedBy = run.report().trace().stream().filter(step -> step.inserted().contains(target))
                .map(TraceStep::rule).distinct().toList();
        boolean inReport = run.report().advice().stream().anyMatch(item -> item.id().equals(adviceId));
        RunContext context = new RunContext(bench.drl(), bench.pack().questions(), answers, run.facts(), run.report().trace());
        List<RuleVerdict> rules = new WhyNotExplainer(context).rulesConcluding(adviceId);
        Map<ChangeSet, Check> checks = new LinkedHashMap<>();
        if (!inReport) {
            for (RuleVerdict rule : rules) {
                for (ChangeSet changes : shown(rule.fixes())) {
                    checks.computeIfAbsent(changes, c -> check(bench, answers, c, adviceId));
                }
            }
        }
        return new Explanation(adviceId, inReport, concludedBy, rules, checks);
    }

    /** The alternatives worth showing: the first few, smallest first. */
    public static List<ChangeSet> shown(List<ChangeSet> fixes) {
        return fixes.size() > ChangeSet.MAX_ALTERNATIVES ? fixes.subList(0, ChangeSet.MAX_ALTERNATIVES) : fixes;
    }

    private static Check check(CompiledPack bench, Map<String, Object> answers, ChangeSet changes, String adviceId) {
        Map<String, Object> changed = new LinkedHashMap<>(answers);
        changes.changes().forEach(change -> changed.put(change.question(), change.value()));
        try {
            CompiledPack.Run run = bench.run(bench.normalize(changed));
            return new Check(run.report().advice().stream().anyMatch(item -> item.id().equals(adviceId)), null);
        } catch (AdvisorException e) {
            return new Check(false, e.getMessage());
        }
    }
}
