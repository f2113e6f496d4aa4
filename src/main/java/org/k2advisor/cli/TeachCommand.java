package org.k2advisor.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.k2advisor.Advisor;
import org.k2advisor.Teaching;
import org.k2advisor.internal.render.PackWarnings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "teach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Step through the reasoning one rule firing at a time.",
            "At each step: the agenda (the matches ready to fire, in order, and why the first goes "
            + "first), the rule's text, and what working memory gained or lost. Keys: Enter or n next, b "
            + "back, w working memory, q quit. Keys are read line by line from standard input, so a "
            + "session can be scripted. With --answers -, standard input holds the answers instead, "
            + "and every firing is shown in turn."},
        footer = {"", "Examples:",
            "  k2advisor teach --answers examples/answers/risk-factors.json",
            "  printf 'n\\nn\\nw\\nq\\n' | k2advisor teach --set age=67 --set diabetes=true",
            "  k2advisor teach --answers - < my-answers.json   (every firing, no keys)",
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
        Advisor advisor = pack.load();
        Map<String, Object> answers = advisor.validate(input.read(parent.console, advisor));
        parent.console.print(PackWarnings.text(advisor.warnings(), parent.console.width()));
        try (Teaching teaching = advisor.teach(answers)) {
            TeachSession session = new TeachSession(teaching, answers, parent.console);
            if ("-".equals(input.answersFile)) {
                // Standard input held the answers, so no keys can follow them there.
                session.runToTheEnd();
            } else {
                session.run();
            }
        }
        return 0;
    }
}
