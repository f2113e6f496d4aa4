package org.k2advisor.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.check.PackCheck;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;
import org.k2advisor.internal.pack.PackProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compile the pack and list every problem in it, with file and line.",
            "Finds DRL errors, rules without claim metadata or citing unknown claims, rules sharing a "
            + "name, claims no rule encodes (unless \"explanatory\"), advice no rule can conclude, and "
            + "questions no rule reads (unless \"unread\")."},
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
        KnowledgePack knowledgePack;
        try {
            knowledgePack = pack.read();
        } catch (KnowledgePackException e) {
            // A pack that cannot be read at all has one finding, and the other checks cannot run.
            parent.parent.console.print(e.getMessage() + "\n1 finding: the pack could not be read, so nothing else was checked.\n");
            return 1;
        }
        PackCheck.Result result = PackCheck.run(knowledgePack, new PackCheck.Texts(
                PackReader.rawFile(pack.rulesDir, "questionnaire.json"),
                PackReader.rawFile(pack.rulesDir, "advice.json"),
                PackReader.rawSeedFile("claims.json")));
        List<PackProblem> problems = result.problems();
        StringBuilder out = new StringBuilder();
        problems.forEach(problem -> out.append(problem).append('\n'));
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
