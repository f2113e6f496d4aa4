package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.Advisor;
import org.k2advisor.AdvisorException;
import org.k2advisor.Render;
import org.k2advisor.WhyExplanation;
import org.k2advisor.internal.render.PackWarnings;

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
        WhyExplanation why = advisor.explainWhy(input.read(console(), advisor), adviceId);
        if (!why.inReport()) {
            throw new AdvisorException("\"" + adviceId + "\" is not in the report for these answers; "
                    + "`k2advisor explain why-not " + adviceId + "` with the same answers shows what kept it out");
        }
        List<String> warnings = advisor.warnings();
        console().print(switch (format) {
            case text -> PackWarnings.text(warnings, console().width()) + Render.text(why, console().width());
            case markdown -> PackWarnings.markdown(warnings) + Render.markdown(why);
            case mermaid -> PackWarnings.comments(warnings, "%% ") + Render.mermaid(why);
            case dot -> PackWarnings.comments(warnings, "// ") + Render.dot(why);
        });
        return 0;
    }
}
