package org.k2advisor.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.k2advisor.internal.explain.Workbench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "teach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Step through the reasoning one rule firing at a time.",
            "At each step: the agenda (the matches ready to fire, in order, and why the first goes "
            + "first), the rule's text, and what working memory gained or lost. Keys: Enter or n next, b "
            + "back, w working memory, q quit. Keys are read line by line from standard input, so a "
            + "session can be scripted."},
        footer = {"", "Examples:",
            "  k2advisor teach --answers examples/answers/risk-factors.json",
            "  printf 'n\\nn\\nw\\nq\\n' | k2advisor teach --set age=67 --set diabetes=true",
            "",
            "Exit status: 0 done, 2 bad input (one line on standard error)."})
final class TeachCommand implements Callable<Integer> {
    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    AnswerInput input;

    @Mixin
    PackOption pack;

    @Override
    public Integer call() {
        input.requirePresent();
        if ("-".equals(input.answersFile)) {
            throw new org.k2advisor.InvalidAnswersException("--answers",
                    "teach reads its keys from standard input, so the answers must come from a file or --set");
        }
        Workbench bench = pack.workbench();
        Map<String, Object> answers = bench.normalize(input.read(parent.console));
        new TeachSession(bench, answers, parent.console).run();
        return 0;
    }
}
