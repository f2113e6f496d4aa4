package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.AdviceItem;
import org.k2advisor.internal.engine.RuleMetadataCheck;
import org.k2advisor.internal.explain.ChangeSet;
import org.k2advisor.internal.explain.ConditionVerdict;
import org.k2advisor.internal.explain.RuleVerdict;
import org.k2advisor.internal.explain.WhyNot;
import org.k2advisor.internal.pack.KnowledgePack;

/** `explain why-not` as a handout: one section per rule, conditions as nested lists. */
final class WhyNotMarkdown {
    private WhyNotMarkdown() {}

    static String render(WhyNot.Explanation why, AdviceItem item, KnowledgePack pack) {
        StringBuilder md = new StringBuilder("# Why not: ").append(item.summary()).append("\n\n");
        md.append("> ").append(pack.disclaimer()).append("\n\n");
        md.append("Advice item `").append(item.id()).append("` (").append(item.indicator().label()).append("). ")
                .append(WhyNotWords.opening(why)).append('\n');
        for (RuleVerdict rule : why.rules()) {
            md.append("\n## Rule `").append(rule.rule().name()).append("` ").append(WhyNotWords.outcome(rule)).append("\n\n");
            md.append(RuleMetadataCheck.unquote(rule.rule().explainText())).append(" (`").append(rule.rule().location())
                    .append("`; claims ").append(String.join(", ", RuleMetadataCheck.claimIds(rule.rule().claimsText())))
                    .append(")\n\n");
            conditions(md, rule, "");
            if (rule.outcome() != RuleVerdict.Outcome.FIRES) {
                fixes(md, rule, why);
            }
        }
        md.append("\nKnowledge pack: `").append(pack.info().name()).append(' ').append(pack.info().version()).append("`\n");
        return md.toString();
    }

    private static void conditions(StringBuilder md, RuleVerdict rule, String indent) {
        for (ConditionVerdict condition : rule.conditions()) {
            md.append(indent).append("- `").append(condition.condition().text()).append('`');
            if (!condition.wanted().isEmpty()) {
                md.append(", wanted here: ").append(WhyNotText.wanted(condition.wanted()));
            }
            md.append('\n');
            for (String note : condition.notes()) {
                md.append(indent).append("  - ").append(note).append('\n');
            }
            if (!condition.producers().isEmpty()) {
                md.append(indent).append("  - Rules that could conclude such a ").append(condition.condition().type()).append(":\n");
                for (RuleVerdict producer : condition.producers()) {
                    md.append(indent).append("    - Rule `").append(producer.rule().name()).append("` (`")
                            .append(producer.rule().location()).append("`) ").append(WhyNotWords.nestedOutcome(producer)).append('\n');
                    conditions(md, producer, indent + "      ");
                }
            }
        }
    }

    private static void fixes(StringBuilder md, RuleVerdict rule, WhyNot.Explanation why) {
        md.append('\n');
        if (rule.fixes().isEmpty()) {
            md.append(WhyNotWords.noFix(rule)).append('\n');
            return;
        }
        md.append(WhyNotWords.fixHeading(rule, why)).append("\n\n");
        List<ChangeSet> shown = WhyNot.shown(rule.fixes());
        for (ChangeSet fix : shown) {
            String checked = WhyNotWords.checked(why.checks().get(fix), why.adviceId());
            md.append("- `").append(fix.asSetOptions()).append('`').append(checked.isEmpty() ? "" : " " + checked).append('\n');
        }
        if (shown.size() < rule.fixes().size()) {
            md.append("- (and ").append(rule.fixes().size() - shown.size()).append(" more)\n");
        }
    }
}
