package org.k2advisor.internal.render;

import java.util.Locale;

import org.k2advisor.WhyNotExplanation;
import org.k2advisor.WhyNotExplanation.Alternative;
import org.k2advisor.WhyNotExplanation.ConditionVerdict;
import org.k2advisor.WhyNotExplanation.Outcome;
import org.k2advisor.WhyNotExplanation.RuleVerdict;

/** `explain why-not` for a terminal: each rule, each condition, nested rules indented under the finding they could give. */
public final class WhyNotText {
    private WhyNotText() {}

    public static String render(WhyNotExplanation why, int width) {
        StringBuilder out = new StringBuilder("Why not \"" + why.item().id() + "\"?\n");
        out.append(Wrap.wrap("  [" + why.item().indicator().label().toUpperCase(Locale.ROOT) + "] ", "  ",
                why.item().summary(), width)).append('\n');
        out.append(Wrap.wrap("", "", WhyNotWords.opening(why), width));
        for (RuleVerdict rule : why.rules()) {
            out.append('\n');
            rule(out, rule, "", why, width);
        }
        out.append('\n').append(Wrap.wrap("Please note: ", "", why.disclaimer(), width));
        return out.toString();
    }

    private static void rule(StringBuilder out, RuleVerdict verdict, String indent, WhyNotExplanation why, int width) {
        boolean top = indent.isEmpty();
        out.append(Wrap.wrap(indent + "Rule ", indent + "  ", verdict.rule().name() + " (" + verdict.rule().file() + ":"
                + verdict.rule().line() + "): " + (top ? WhyNotWords.outcome(verdict) : WhyNotWords.nestedOutcome(verdict)), width));
        if (top) {
            out.append(Wrap.wrap(indent + "  Why it exists: ", indent + "  ", verdict.rule().explanation(), width));
            out.append(Wrap.wrap(indent + "  Claims: ", indent + "  ", String.join(", ", verdict.rule().claims()), width));
        }
        int n = 1;
        for (ConditionVerdict condition : verdict.conditions()) {
            String number = indent + "  " + n++ + ". ";
            String hang = " ".repeat(number.length());
            out.append(Wrap.wrap(number, hang, condition.text(), width));
            if (!condition.wanted().isEmpty()) {
                out.append(Wrap.wrap(hang + "wanted here: ", hang + "  ", String.join(" and ", condition.wanted())
                        + " (what the rule above needs)", width));
            }
            for (String note : condition.notes()) {
                out.append(Wrap.wrap(hang, hang + "  ", note, width));
            }
            if (!condition.producers().isEmpty()) {
                out.append(Wrap.wrap(hang, hang, "Rules that could conclude such a " + condition.factType() + ":", width));
                for (RuleVerdict producer : condition.producers()) {
                    rule(out, producer, hang + "  ", why, width);
                }
            }
        }
        if (top && verdict.outcome() != Outcome.FIRES) {
            alternatives(out, verdict, why, width);
        }
    }

    private static void alternatives(StringBuilder out, RuleVerdict verdict, WhyNotExplanation why, int width) {
        if (verdict.alternatives().isEmpty()) {
            out.append(Wrap.wrap("  ", "  ", WhyNotWords.noFix(verdict), width));
            return;
        }
        out.append(Wrap.wrap("  ", "  ", WhyNotWords.fixHeading(verdict, why), width));
        for (Alternative alternative : verdict.alternatives()) {
            String checked = WhyNotWords.checked(alternative, why.item().id());
            out.append(checked.isEmpty() ? "    " + alternative.asSetOptions() + "\n"
                    : Wrap.wrap("    " + alternative.asSetOptions() + "  ", "      ", checked, width));
        }
        if (verdict.moreAlternatives() > 0) {
            out.append("    (and ").append(verdict.moreAlternatives()).append(" more)\n");
        }
    }
}
