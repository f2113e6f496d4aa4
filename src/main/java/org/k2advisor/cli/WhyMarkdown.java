package org.k2advisor.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Claim;
import org.k2advisor.Report;
import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.explain.ReasoningGraph;

/** `explain why` as a handout: the chain step by step, the claims in full, and the diagram. */
final class WhyMarkdown {
    private WhyMarkdown() {}

    static String render(Report report, AdviceItem item, List<TraceStep> chain, Advisor advisor) {
        Map<String, RuleInfo> rules = advisor.rules().stream().collect(Collectors.toMap(RuleInfo::name, Function.identity()));
        Map<String, Claim> claims = advisor.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        StringBuilder md = new StringBuilder("# Why the report says: ").append(item.summary()).append("\n\n");
        md.append("> ").append(report.disclaimer()).append("\n\n");
        md.append("Advice item `").append(item.id()).append("` (").append(item.indicator().label()).append("). ")
                .append(WhyText.restsOn(chain)).append("\n\n");
        md.append("## How the rules got there\n\n");
        md.append("Each step is one rule firing, numbered as in the full trace of ")
                .append(WhyText.plural(report.trace().size(), "firing")).append(".\n");
        int n = 1;
        for (TraceStep step : chain) {
            RuleInfo rule = rules.get(step.rule());
            md.append("\n### ").append(n++).append(". Rule `").append(step.rule()).append("` (firing ")
                    .append(step.step()).append(")\n\n");
            if (rule != null) {
                md.append(rule.explanation()).append(" (`").append(rule.file()).append(':').append(rule.line()).append("`)\n\n");
            }
            md.append("- Matched: ").append(step.matched().isEmpty() ? "nothing (the rule has no conditions)" : code(step.matched())).append('\n');
            md.append("- Concluded: ").append(code(step.inserted())).append('\n');
            if (!step.retracted().isEmpty()) {
                md.append("- Retracted: ").append(code(step.retracted())).append('\n');
            }
            md.append("- Claims it encodes:\n");
            for (String id : step.claims()) {
                Claim claim = claims.get(id);
                md.append("  - **").append(id).append("**").append(claim == null ? "" : " (" + claim.design() + "): "
                        + claim.text()).append('\n');
            }
        }
        md.append("\n## Diagram\n\n```mermaid\n").append(MermaidDiagram.render(ReasoningGraph.of(chain))).append("```\n\n");
        md.append("Knowledge pack: `").append(report.knowledgeBase().name()).append(' ')
                .append(report.knowledgeBase().version()).append("`\n");
        return md.toString();
    }

    private static String code(List<String> facts) {
        return facts.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "));
    }
}
