package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.AdvisorException;
import org.k2advisor.Report;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.explain.ReasoningGraph;
import org.k2advisor.internal.explain.WhyChain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "why", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show why an advice item is in the report.",
            "Every rule firing from the answers through the findings to the item, each with the rule's "
            + "explanation and the claims it encodes."},
        footer = {"", "Examples:",
            "  k2advisor explain why reversal_not_shown --answers examples/answers/risk-factors.json",
            "  k2advisor explain why consult_professional --set age=67 --format mermaid",
            "",
            "Exit status: 0 explained, 2 bad input or an item not in the report (one line on standard error)."})
final class WhyCommand extends AdviceExplanationCommand {
    enum Format { text, markdown, mermaid, dot }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default), markdown (a handout with a diagram), mermaid or dot (the diagram alone).")
    Format format;

    @Override
    public Integer call() {
        input.requirePresent();
        Advisor advisor = pack.load();
        ExplainCommand.requireKnownAdvice(adviceId, advisor.catalogue().stream().map(AdviceItem::id).toList());
        Report report = advisor.advise(input.read(console()));
        AdviceItem item = report.advice().stream().filter(a -> a.id().equals(adviceId)).findFirst().orElse(null);
        if (item == null) {
            throw new AdvisorException("\"" + adviceId + "\" is not in the report for these answers; "
                    + "`k2advisor explain why-not " + adviceId + "` with the same answers shows what kept it out");
        }
        List<TraceStep> chain = WhyChain.of(report, adviceId);
        String out = switch (format) {
            case text -> WhyText.render(report, item, chain, advisor);
            case markdown -> WhyMarkdown.render(report, item, chain, advisor);
            case mermaid -> MermaidDiagram.render(ReasoningGraph.of(chain));
            case dot -> DotDiagram.render(ReasoningGraph.of(chain));
        };
        console().print(out);
        return 0;
    }
}
