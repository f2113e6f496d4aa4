package org.k2advisor.cli;

import java.util.concurrent.Callable;

import org.k2advisor.RuleInfo;
import org.k2advisor.internal.json.ListingJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the rules of the pack, where each is written, the claims it encodes and why it exists.",
            "`rules check` finds problems in a pack; `rules coverage` shows what a set of scenarios exercises."},
        subcommands = {RulesCheckCommand.class, RulesCoverageCommand.class})
final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    PackOption pack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    ListFormat format;

    @Override
    public Integer call() {
        var rules = pack.load().rules();
        if (format == ListFormat.json) {
            parent.console.print(ListingJson.write(rules));
            return 0;
        }
        StringBuilder out = new StringBuilder();
        for (RuleInfo rule : rules) {
            out.append(rule.name()).append("  (").append(rule.file()).append(':').append(rule.line())
                    .append("; claims ").append(String.join(", ", rule.claims())).append(")\n");
            out.append(Wrap.wrap("    ", "    ", rule.explanation()));
        }
        parent.console.print(out.toString());
        return 0;
    }
}
