package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.Advisor;
import org.k2advisor.Render;
import org.k2advisor.WhyNotExplanation;
import org.k2advisor.internal.render.PackWarnings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "why-not", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show why an advice item is not in the report, condition by condition.",
            "For every rule that could conclude it: which conditions held and which did not, in words, "
            + "following a missing finding back to the rules that could give it; then which answers would "
            + "change the outcome, each checked by running the rules again."},
        footer = {"", "Examples:",
            "  k2advisor explain why-not kidney_evidence_mixed --answers examples/answers/risk-factors.json",
            "  k2advisor explain why-not food_sources --set k2_foods=rarely --set anticoagulant=yes",
            "",
            "Exit status: 0 explained, 2 bad input (one line on standard error)."})
final class WhyNotCommand extends AdviceExplanationCommand {
    enum Format { text, markdown }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default) or markdown (a handout).")
    Format format;

    @Override
    public Integer call() {
        input.requirePresent();
        Advisor advisor = pack.load();
        WhyNotExplanation whyNot = advisor.explainWhyNot(input.read(console(), advisor), adviceId);
        List<String> warnings = advisor.warnings();
        console().print(format == Format.text ? PackWarnings.text(warnings, console().width()) + Render.text(whyNot, console().width())
                : PackWarnings.markdown(warnings) + Render.markdown(whyNot));
        return 0;
    }
}
