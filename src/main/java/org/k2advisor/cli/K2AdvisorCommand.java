package org.k2advisor.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
    /**
     * The commands, in the order the help lists them. Kept here rather than in the annotation so
     * that a run builds only the command it names: picocli models a command by reflection, and
     * modelling all of them took over a third of a one-shot run's start-up.
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    final Console console;

    @Spec
    CommandSpec spec;

    private static Map<String, Class<?>> commands() {
        // Classes, not constructor references: picocli's own HelpCommand is a Java 5 class file, which
        // JDK 25's AOT cache cannot hold, and a method reference to it made recording the cache crash.
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("ask", AskCommand.class);
        commands.put("advise", AdviseCommand.class);
        commands.put("questions", QuestionsCommand.class);
        commands.put("claims", ClaimsCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("explain", ExplainCommand.class);
        commands.put("what-if", WhatIfCommand.class);
        commands.put("teach", TeachCommand.class);
        commands.put("batch", BatchCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("help", HelpCommand.class);
        commands.put("version", VersionCommand.class);
        return Collections.unmodifiableMap(commands);
    }

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
