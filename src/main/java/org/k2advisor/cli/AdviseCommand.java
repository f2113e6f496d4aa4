package org.k2advisor.cli;

import java.util.concurrent.Callable;

import org.k2advisor.Advisor;
import org.k2advisor.Report;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "advise",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Read answers and print cited, caveated guidance, most urgent first.",
            "Answer ids and allowed values: `k2advisor questions`."},
        footer = {"", "Examples:",
            "  k2advisor advise --answers my-answers.json",
            "  k2advisor advise --answers - --format json < my-answers.json",
            "  k2advisor advise --answers questionnaire-response.json   (FHIR R4)",
            "  k2advisor advise --set age=67 --set diabetes=true --set goal=reverse --trace",
            "  k2advisor advise --answers my-answers.json --format mermaid > reasoning.mmd",
            "",
            "Exit status: 0 advice printed, 2 bad input (one line on standard error)."})
final class AdviseCommand implements Callable<Integer> {
    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    AnswerInput input;

    @Mixin
    PackOption pack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default), json (the documented contract), markdown, or a diagram "
                    + "of the reasoning from answers to advice: mermaid or dot (these always draw the trace).")
    ReportFormat format;

    @Option(names = "--trace", description = "Also show the reasoning: every rule firing, in order.")
    boolean trace;

    @Override
    public Integer call() {
        input.requirePresent();
        Advisor advisor = pack.load();
        Report report = advisor.advise(input.read(parent.console, advisor));
        parent.console.print(format.render(report, advisor.questions(), trace, parent.console.width()));
        return 0;
    }
}
