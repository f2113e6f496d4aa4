package org.k2advisor.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.check.PackCheck;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import org.k2advisor.internal.render.Wrap;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compile the pack and list every problem in it, with file and line.",
            "Finds questions defined twice, a min above its max, an empty questionnaire, DRL files that "
            + "pack.json does not list, text a person reads that fails the safety checks (a reversal "
            + "claimed without a hedge, a dose instructed, a diagnosis) or reads above US grade 8, DRL "
            + "errors, rules without claim metadata or citing unknown claims, rules sharing a name, "
            + "rules reading an answer no question defines or a value it never has, claims no rule "
            + "encodes (unless \"explanatory\"), advice no rule can conclude, and questions no rule "
            + "reads (unless \"unread\")."},
        footer = {"", "Examples:",
            "  k2advisor rules check",
            "  k2advisor rules check --rules my-rules/",
            "",
            "Exit status: 0 clean, 1 findings (all listed), 2 bad input."})
final class RulesCheckCommand implements Callable<Integer> {
    @ParentCommand
    RulesCommand parent;

    @Mixin
    PackOption pack;

    @Override
    public Integer call() {
        if (pack.rulesDir != null && !Files.isDirectory(pack.rulesDir)) {
            throw new KnowledgePackException("--rules: " + pack.rulesDir + " is not a directory");
        }
        PackCheck.Result result = PackCheck.run(pack.rulesDir);
        List<PackProblem> problems = result.problems();
        StringBuilder out = new StringBuilder();
        problems.forEach(problem -> out.append(problem).append('\n'));
        if (result.pack() == null) {
            // A pack that cannot be read past some problem has no rules to check: list what was found up to it.
            int count = problems.size() + 1;
            out.append(result.unreadable()).append('\n').append(count).append(count == 1 ? " finding" : " findings")
                    .append(": the pack could not be read").append(count == 1 ? "" : " past the last one")
                    .append(", so nothing else was checked.\n");
            parent.parent.console.print(out.toString());
            return 1;
        }
        KnowledgePack knowledgePack = result.pack();
        String where = pack.rulesDir == null ? "the built-in pack" : pack.rulesDir.toString();
        if (problems.isEmpty()) {
            out.append("No findings in ").append(where).append(": ").append(knowledgePack.ruleFiles().size())
                    .append(" rule files, ").append(knowledgePack.claims().size()).append(" claims, ")
                    .append(knowledgePack.catalogue().size()).append(" advice items and ")
                    .append(knowledgePack.questions().size()).append(" questions checked.\n");
        } else {
            out.append(problems.size()).append(problems.size() == 1 ? " finding" : " findings").append(" in ").append(where).append(".\n");
        }
        if (result.crossChecksSkipped()) {
            out.append(Wrap.wrap("", "", "A DRL file does not parse, so the checks that need every rule (claims no rule"
                    + " encodes, advice no rule concludes, questions no rule reads) were skipped; fix the syntax and run again."));
        }
        parent.parent.console.print(out.toString());
        return problems.isEmpty() ? 0 : 1;
    }
}
