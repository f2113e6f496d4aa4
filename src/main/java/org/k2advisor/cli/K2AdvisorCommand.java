package org.k2advisor.cli;

import java.util.concurrent.Callable;

import org.k2advisor.cli.interview.TerminalLineSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "k2advisor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Educational, cited guidance on vitamin K2 and arterial calcification, from rules that "
                + "encode one health article. Not medical advice: it never diagnoses or suggests a dose.",
        subcommands = {AskCommand.class, AdviseCommand.class, QuestionsCommand.class, ClaimsCommand.class,
            RulesCommand.class, ExplainCommand.class, WhatIfCommand.class, TeachCommand.class,
            BatchCommand.class, ServeCommand.class, HelpCommand.class, VersionCommand.class},
        footer = {"", "With no command: the interview (`k2advisor ask`) on a terminal, else this help.",
            "", "Examples:",
            "  k2advisor ask",
            "  k2advisor advise --answers examples/answers/risk-factors.json",
            "  k2advisor advise --set age=67 --set diabetes=true --set goal=reverse",
            "  k2advisor questions",
            "  k2advisor explain why reversal_not_shown --answers examples/answers/risk-factors.json",
            "  k2advisor teach --answers examples/answers/risk-factors.json",
            "  k2advisor batch --in profiles.jsonl --out reports.jsonl",
            "  k2advisor help advise"})
final class K2AdvisorCommand implements Callable<Integer> {
    final Console console;

    @Spec
    CommandSpec spec;

    K2AdvisorCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        // A person at a terminal wants to be asked; a script or a pipe wants the usage text.
        if (TerminalLineSource.available()) {
            return new AskCommand().interview(console);
        }
        spec.commandLine().usage(console.out());
        return 0;
    }
}
