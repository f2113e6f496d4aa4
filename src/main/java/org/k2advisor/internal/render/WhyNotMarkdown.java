package org.k2advisor.internal.render;

import org.k2advisor.WhyNotExplanation;
import org.k2advisor.WhyNotExplanation.Alternative;
import org.k2advisor.WhyNotExplanation.ConditionVerdict;
import org.k2advisor.WhyNotExplanation.Outcome;
import org.k2advisor.WhyNotExplanation.RuleVerdict;

/** `explain why-not` as a handout: one section per rule, conditions as nested lists. */
public final class WhyNotMarkdown {
    private WhyNotMarkdown() {}

    public static String render(WhyNotExplanation why) {
        StringBuilder md = new StringBuilder("# Why not: ").append(why.item().summary()).append("\n\n");
        md.append("> ").append(why.disclaimer()).append("\n\n");
        md.append("Advice item `").append(why.item().id()).append("` (").append(why.item().indicator().label()).append("). ")
                .append(WhyNotWords.opening(why)).append('\n');
        for (RuleVerdict rule : why.rules()) {
            md.append("\n## Rule `").append(rule.rule().name()).append("` ").append(WhyNotWords.outcome(rule)).append("\n\n");
            md.append(rule.rule().explanation()).append(" (`").append(rule.rule().file()).append(':').append(rule.rule().line())
                    .append("`; claims ").append(String.join(", ", rule.rule().claims())).append(")\n\n");
            conditions(md, rule, "");
            if (rule.outcome() != Outcome.FIRES) {
                alternatives(md, rule, why);
            }
        }
        md.append("\nKnowledge pack: `").append(why.knowledgeBase().name()).append(' ').append(why.knowledgeBase().version())
                .append("`\n");
        return md.toString();
    }

    private static void conditions(StringBuilder md, RuleVerdict rule, String indent) {
        for (ConditionVerdict condition : rule.conditions()) {
            md.append(indent).append("- `").append(condition.text()).append('`');
            if (!condition.wanted().isEmpty()) {
                md.append(", wanted here: ").append(String.join(" and ", condition.wanted()));
            }
            md.append('\n');
            for (String note : condition.notes()) {
                md.append(indent).append("  - ").append(note).append('\n');
            }
            if (!condition.producers().isEmpty()) {
                md.append(indent).append("  - Rules that could conclude such a ").append(condition.factType()).append(":\n");
                for (RuleVerdict producer : condition.producers()) {
                    md.append(indent).append("    - Rule `").append(producer.rule().name()).append("` (`")
                            .append(producer.rule().file()).append(':').append(producer.rule().line()).append("`) ")
                            .append(WhyNotWords.nestedOutcome(producer)).append('\n');
                    conditions(md, producer, indent + "      ");
                }
            }
        }
    }

    private static void alternatives(StringBuilder md, RuleVerdict rule, WhyNotExplanation why) {
        md.append('\n');
        if (rule.alternatives().isEmpty()) {
            md.append(WhyNotWords.noFix(rule)).append('\n');
            return;
        }
        md.append(WhyNotWords.fixHeading(rule, why)).append("\n\n");
        for (Alternative alternative : rule.alternatives()) {
            String checked = WhyNotWords.checked(alternative, why.item().id());
            md.append("- `").append(alternative.asSetOptions()).append('`').append(checked.isEmpty() ? "" : " " + checked).append('\n');
        }
        if (rule.moreAlternatives() > 0) {
            md.append("- (and ").append(rule.moreAlternatives()).append(" more)\n");
        }
    }
}
