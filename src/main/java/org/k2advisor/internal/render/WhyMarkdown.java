package org.k2advisor.internal.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.k2advisor.Claim;
import org.k2advisor.TraceStep;
import org.k2advisor.WhyExplanation;
import org.k2advisor.internal.explain.ReasoningGraph;

/** `explain why` as a handout: the chain step by step, the claims in full, and the diagram. */
public final class WhyMarkdown {
    private WhyMarkdown() {}

    public static String render(WhyExplanation why) {
        Map<String, Claim> claims = why.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        StringBuilder md = new StringBuilder("# Why the report says: ").append(why.item().summary()).append("\n\n");
        md.append("> ").append(why.disclaimer()).append("\n\n");
        md.append("Advice item `").append(why.item().id()).append("` (").append(why.item().indicator().label()).append("). ");
        if (!why.inReport()) {
            md.append("It is not in the report for these answers; `k2advisor explain why-not ").append(why.item().id())
                    .append("` shows what keeps it out.\n");
            return md.toString();
        }
        md.append(WhyText.restsOn(why.restsOn())).append("\n\n");
        md.append("## How the rules got there\n\n");
        md.append("Each step is one rule firing, numbered as in the full trace of ")
                .append(WhyText.plural(why.totalFirings(), "firing")).append(".\n");
        int n = 1;
        for (WhyExplanation.Step step : why.steps()) {
            TraceStep firing = step.firing();
            md.append("\n### ").append(n++).append(". Rule `").append(firing.rule()).append("` (firing ")
                    .append(firing.step()).append(")\n\n");
            md.append(step.rule().explanation()).append(" (`").append(step.rule().file()).append(':').append(step.rule().line())
                    .append("`)\n\n");
            md.append("- Matched: ").append(firing.matched().isEmpty() ? "nothing (the rule has no conditions)"
                    : code(firing.matched())).append('\n');
            md.append("- Concluded: ").append(code(firing.inserted())).append('\n');
            if (!firing.retracted().isEmpty()) {
                md.append("- Retracted: ").append(code(firing.retracted())).append('\n');
            }
            md.append("- Claims it encodes:\n");
            for (String id : firing.claims()) {
                Claim claim = claims.get(id);
                md.append("  - **").append(id).append("**").append(claim == null ? "" : " (" + claim.design() + "): "
                        + claim.text()).append('\n');
            }
        }
        md.append("\n## Diagram\n\n```mermaid\n").append(MermaidDiagram.render(ReasoningGraph.of(firings(why))))
                .append("```\n\n");
        md.append("Knowledge pack: `").append(why.knowledgeBase().name()).append(' ')
                .append(why.knowledgeBase().version()).append("`\n");
        return md.toString();
    }

    static List<TraceStep> firings(WhyExplanation why) {
        return why.steps().stream().map(WhyExplanation.Step::firing).toList();
    }

    private static String code(List<String> facts) {
        return facts.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "));
    }
}
