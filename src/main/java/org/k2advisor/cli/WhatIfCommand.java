package org.k2advisor.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Render;
import org.k2advisor.WhatIfDiff;
import org.k2advisor.internal.render.PackWarnings;
import org.k2advisor.internal.render.Wrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "what-if", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare the advice before and after changing some answers.",
            "Before: the answers in --answers; after: with the --set changes. Shows advice added, "
            + "removed or with a changed indicator, and the rules that fired more or less often."},
        footer = {"", "Examples:",
            "  k2advisor what-if --answers examples/answers/risk-factors.json --set goal=learn",
            "  k2advisor what-if --answers my-answers.json --set anticoagulant=yes --set k2_foods=often",
            "",
            "Exit status: 0 compared, 2 bad input (one line on standard error)."})
final class WhatIfCommand implements Callable<Integer> {
    enum Format { text, markdown }

    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    AnswerInput input;

    @Mixin
    PackOption pack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (the default) or markdown.")
    Format format;

    @Override
    public Integer call() {
        if (input.sets.isEmpty()) {
            throw new InvalidAnswersException("--set", "what-if needs at least one --set id=value to compare against");
        }
        Advisor advisor = pack.load();
        var base = input.readFile(parent.console, advisor);
        WhatIfDiff diff = advisor.whatIf(base, input.withSets(base));
        List<String> warnings = advisor.warnings();
        if (format == Format.markdown) {
            parent.console.print(PackWarnings.markdown(warnings) + Render.markdown(diff));
            return 0;
        }
        // The comparison knows the answers, not where they came from: say so under its title.
        String text = Render.text(diff, parent.console.width());
        int afterTitle = text.indexOf("\n\n") + 1;
        parent.console.print(PackWarnings.text(warnings, parent.console.width()) + text.substring(0, afterTitle) + Wrap.wrap("  ", "  ", "(before: "
                + (input.answersFile == null ? "no answers" : "the answers in " + input.answersFile)
                + "; after: with the --set changes)", parent.console.width()) + text.substring(afterTitle));
        return 0;
    }
}
