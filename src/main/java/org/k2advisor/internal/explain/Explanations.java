package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.k2advisor.AdviceItem;
import org.k2advisor.Claim;
import org.k2advisor.Report;
import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.UnknownAdviceException;
import org.k2advisor.WhyExplanation;
import org.k2advisor.WhyNotExplanation;
import org.k2advisor.internal.answers.EditDistance;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.engine.CompiledPack;
import org.k2advisor.internal.report.ReportAssembler;

/**
 * The explanations the public API gives, built from one pack: why an item is in a report (the
 * chain of firings), why it is not (each rule judged, each change checked), with the rules and
 * claims a reader needs beside them, so the results stand on their own.
 */
public final class Explanations {
    private final CompiledPack pack;
    private final Map<String, RuleInfo> rules;
    private final Map<String, Claim> claims;

    public Explanations(CompiledPack pack) {
        this.pack = pack;
        this.rules = pack.engine().rules().stream().collect(Collectors.toMap(RuleInfo::name, Function.identity()));
        this.claims = pack.pack().claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    }

    /** The catalogue's item, or a one-line error naming the nearest id. */
    public AdviceItem catalogueItem(String adviceId) {
        List<AdviceItem> catalogue = ReportAssembler.catalogue(pack.pack());
        for (AdviceItem item : catalogue) {
            if (item.id().equals(adviceId)) {
                return item;
            }
        }
        List<String> ids = catalogue.stream().map(AdviceItem::id).toList();
        // The distance takes time in proportion to the id's length; no typo is this long.
        String nearest = adviceId.length() > ValueEcho.MAX_CHARS ? null : EditDistance.nearest(adviceId, ids);
        throw new UnknownAdviceException(ValueEcho.bare(adviceId), "unknown advice id " + ValueEcho.of(adviceId)
                + (nearest != null ? " (did you mean \"" + nearest + "\"?)" : " (the ids are those of rules/advice.json)"));
    }

    /** Why {@code adviceId} is in the report for these canonical answers: the firings from answers to it. */
    public WhyExplanation why(Map<String, Object> answers, String adviceId) {
        AdviceItem listed = catalogueItem(adviceId);
        Report report = pack.run(answers).report();
        AdviceItem item = report.advice().stream().filter(a -> a.id().equals(adviceId)).findFirst().orElse(null);
        if (item == null) {
            return new WhyExplanation(listed, false, List.of(), List.of(), List.of(), report.trace().size(), report.disclaimer(),
                    report.knowledgeBase());
        }
        List<TraceStep> chain = WhyChain.of(report, adviceId);
        List<WhyExplanation.Step> steps = new ArrayList<>();
        Map<String, Claim> cited = new LinkedHashMap<>();
        for (TraceStep step : chain) {
            steps.add(new WhyExplanation.Step(step, rules.get(step.rule())));
            step.claims().forEach(id -> cited.putIfAbsent(id, claims.get(id)));
        }
        cited.values().removeIf(java.util.Objects::isNull);
        return new WhyExplanation(item, true, WhyChain.restsOn(chain), steps, List.copyOf(cited.values()),
                report.trace().size(), report.disclaimer(), report.knowledgeBase());
    }

    /** Why {@code adviceId} is not in the report for these canonical answers, rule by rule. */
    public WhyNotExplanation whyNot(Map<String, Object> answers, String adviceId) {
        AdviceItem item = catalogueItem(adviceId);
        WhyNot.Explanation why = WhyNot.explain(pack, answers, adviceId);
        List<WhyNotExplanation.RuleVerdict> verdicts = why.rules().stream().map(rule -> verdict(rule, why, true)).toList();
        return new WhyNotExplanation(item, why.inReport(), why.concludedBy(), verdicts, pack.pack().disclaimer(),
                pack.pack().info());
    }

    private WhyNotExplanation.RuleVerdict verdict(RuleVerdict rule, WhyNot.Explanation why, boolean top) {
        List<WhyNotExplanation.ConditionVerdict> conditions = rule.conditions().stream().map(c -> condition(c, why)).toList();
        List<WhyNotExplanation.Alternative> alternatives = new ArrayList<>();
        int more = 0;
        if (top && rule.outcome() != RuleVerdict.Outcome.FIRES) {
            List<ChangeSet> shown = WhyNot.shown(rule.fixes());
            for (ChangeSet fix : shown) {
                WhyNot.Check check = why.checks().get(fix);
                alternatives.add(new WhyNotExplanation.Alternative(
                        fix.changes().stream().map(c -> new WhyNotExplanation.AnswerChange(c.question(), c.value())).toList(),
                        check == null || check.problem() != null ? null : check.brings(),
                        check == null ? null : check.problem()));
            }
            more = rule.fixes().size() - shown.size();
        }
        RuleInfo info = rules.get(rule.rule().name());
        return new WhyNotExplanation.RuleVerdict(info, WhyNotExplanation.Outcome.valueOf(rule.outcome().name()),
                rule.retractedFirings(), conditions, alternatives, more);
    }

    private WhyNotExplanation.ConditionVerdict condition(ConditionVerdict condition, WhyNot.Explanation why) {
        List<String> wanted = condition.wanted().stream().map(Explanations::words).toList();
        return new WhyNotExplanation.ConditionVerdict(condition.condition().text(), condition.condition().type(), wanted,
                WhyNotExplanation.Status.valueOf(condition.status().name()), condition.notes(),
                condition.producers().stream().map(p -> verdict(p, why, false)).toList());
    }

    private static String words(Comparison comparison) {
        return ConstraintWords.of(comparison, comparison.field());
    }
}
