package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.RuleInfo;

import picocli.CommandLine.Command;
import org.k2advisor.internal.render.Wrap;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the rules of the pack, where each is written, the claims it encodes and why it exists. "
                + "`rules check` finds problems in a pack; `rules coverage` shows what a set of scenarios exercises.",
        subcommands = {RulesCheckCommand.class, RulesCoverageCommand.class})
final class RulesCommand extends ListingCommand<RuleInfo> {

    @Override
    List<RuleInfo> items() {
        return pack.load().rules();
    }

    @Override
    String text(List<RuleInfo> rules) {
        StringBuilder out = new StringBuilder();
        for (RuleInfo rule : rules) {
            out.append(rule.name()).append("  (").append(rule.file()).append(':').append(rule.line())
                    .append("; claims ").append(String.join(", ", rule.claims())).append(")\n");
            out.append(Wrap.wrap("    ", "    ", rule.explanation()));
        }
        return out.toString();
    }
}
