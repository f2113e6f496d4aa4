package org.k2advisor.cli;

import java.util.Collection;
import java.util.concurrent.Callable;

import org.k2advisor.AdvisorException;
import org.k2advisor.internal.answers.EditDistance;
import org.k2advisor.internal.answers.ValueEcho;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Explain one advice item: why it is in a report, or why it is not.",
            "`why` shows the chain from the answers through the findings to the item; `why-not` judges "
            + "each rule that could conclude it, condition by condition, and which answers would change "
            + "the outcome."},
        subcommands = {WhyCommand.class, WhyNotCommand.class},
        footer = {"", "Examples:",
            "  k2advisor explain why reversal_not_shown --answers examples/answers/risk-factors.json",
            "  k2advisor explain why-not kidney_evidence_mixed --answers examples/answers/risk-factors.json"})
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    K2AdvisorCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(parent.console.out());
        return 0;
    }

    /** Stops with one line naming the nearest known id when {@code id} is not in the catalogue. */
    static void requireKnownAdvice(String id, Collection<String> catalogue) {
        if (!catalogue.contains(id)) {
            // The distance takes time in proportion to the id's length; no typo is this long.
            String nearest = id.length() > ValueEcho.MAX_CHARS ? null : EditDistance.nearest(id, catalogue);
            throw new AdvisorException("unknown advice id " + ValueEcho.of(id) + (nearest != null
                    ? " (did you mean \"" + nearest + "\"?)" : " (the ids are those of rules/advice.json)"));
        }
    }

}
