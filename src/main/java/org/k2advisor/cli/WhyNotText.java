package org.k2advisor.cli;

import java.util.List;
import java.util.Locale;

import org.k2advisor.AdviceItem;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.engine.RuleMetadataCheck;
import org.k2advisor.internal.explain.ChangeSet;
import org.k2advisor.internal.explain.ConditionVerdict;
import org.k2advisor.internal.explain.ConstraintWords;
import org.k2advisor.internal.explain.RuleVerdict;
import org.k2advisor.internal.explain.WhyNot;

/** `explain why-not` for a terminal: each rule, each condition, nested rules indented under the finding they could give. */
final class WhyNotText {
    private WhyNotText() {}

    static String render(WhyNot.Explanation why, AdviceItem item, String disclaimer) {
        StringBuilder out = new StringBuilder("Why not \"" + item.id() + "\"?\n");
        out.append(Wrap.wrap("  [" + item.indicator().label().toUpperCase(Locale.ROOT) + "] ", "  ", item.summary())).append('\n');
        out.append(Wrap.wrap("", "", WhyNotWords.opening(why)));
        for (RuleVerdict rule : why.rules()) {
            out.append('\n');
            rule(out, rule, "", why);
        }
        out.append('\n').append(Wrap.wrap("Please note: ", "", disclaimer));
        return out.toString();
    }

    private static void rule(StringBuilder out, RuleVerdict verdict, String indent, WhyNot.Explanation why) {
        boolean top = indent.isEmpty();
        out.append(Wrap.wrap(indent + "Rule ", indent + "  ", verdict.rule().name() + " (" + verdict.rule().location() + "): "
                + (top ? WhyNotWords.outcome(verdict) : WhyNotWords.nestedOutcome(verdict))));
        if (top) {
            out.append(Wrap.wrap(indent + "  Why it exists: ", indent + "  ", RuleMetadataCheck.unquote(verdict.rule().explainText())));
            out.append(Wrap.wrap(indent + "  Claims: ", indent + "  ",
                    String.join(", ", RuleMetadataCheck.claimIds(verdict.rule().claimsText()))));
        }
        int n = 1;
        for (ConditionVerdict condition : verdict.conditions()) {
            String number = indent + "  " + n++ + ". ";
            String hang = " ".repeat(number.length());
            out.append(Wrap.wrap(number, hang, condition.condition().text()));
            if (!condition.wanted().isEmpty()) {
                out.append(Wrap.wrap(hang + "wanted here: ", hang + "  ", wanted(condition.wanted())
                        + " (what the rule above needs)"));
            }
            for (String note : condition.notes()) {
                out.append(Wrap.wrap(hang, hang + "  ", note));
            }
            if (!condition.producers().isEmpty()) {
                out.append(Wrap.wrap(hang, hang, "Rules that could conclude such a " + condition.condition().type() + ":"));
                for (RuleVerdict producer : condition.producers()) {
                    rule(out, producer, hang + "  ", why);
                }
            }
        }
        if (top && verdict.outcome() != RuleVerdict.Outcome.FIRES) {
            fixes(out, verdict, why);
        }
    }

    private static void fixes(StringBuilder out, RuleVerdict verdict, WhyNot.Explanation why) {
        if (verdict.fixes().isEmpty()) {
            out.append(Wrap.wrap("  ", "  ", WhyNotWords.noFix(verdict)));
            return;
        }
        out.append(Wrap.wrap("  ", "  ", WhyNotWords.fixHeading(verdict, why)));
        List<ChangeSet> shown = WhyNot.shown(verdict.fixes());
        for (ChangeSet fix : shown) {
            String checked = WhyNotWords.checked(why.checks().get(fix), why.adviceId());
            out.append(checked.isEmpty() ? "    " + fix.asSetOptions() + "\n"
                    : Wrap.wrap("    " + fix.asSetOptions() + "  ", "      ", checked));
        }
        if (shown.size() < verdict.fixes().size()) {
            out.append("    (and ").append(verdict.fixes().size() - shown.size()).append(" more)\n");
        }
    }

    static String wanted(List<Comparison> wanted) {
        return String.join(" and ", wanted.stream().map(c -> ConstraintWords.of(c, c.field())).toList());
    }
}
