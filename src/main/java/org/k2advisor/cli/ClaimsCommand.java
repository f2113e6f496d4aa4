package org.k2advisor.cli;

import java.util.concurrent.Callable;

import org.k2advisor.Claim;
import org.k2advisor.internal.json.ListingJson;
import org.k2advisor.internal.pack.PackReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the claims the rules encode: the article's, in our words, and the safety facts",
            "it leaves out, each with its evidence level, sources and any correction."})
final class ClaimsCommand implements Callable<Integer> {
    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    PackOption pack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    ListFormat format;

    @Override
    public Integer call() {
        var claims = (pack.rulesDir == null ? PackReader.builtIn() : PackReader.directory(pack.rulesDir)).claims();
        if (format == ListFormat.json) {
            parent.console.print(ListingJson.write(claims));
            return 0;
        }
        StringBuilder out = new StringBuilder();
        for (Claim c : claims) {
            out.append(c.id()).append("  [").append(c.evidence()).append("]  ")
                    .append(c.origin().equals("article") ? "from the article: " + c.section() : "not in the article")
                    .append('\n');
            out.append(Wrap.wrap("    ", "    ", c.text()));
            if (c.correction() != null) {
                out.append(Wrap.wrap("    Correction: ", "    ", c.correction() + " (" + String.join(", ", c.correctionSources()) + ")"));
            }
            if (c.explanatory() != null) {
                out.append(Wrap.wrap("    Not encoded by a rule: ", "    ", c.explanatory()));
            }
            out.append(Wrap.wrap("    Sources: ", "    ", String.join(", ", c.sources())));
        }
        parent.console.print(out.toString());
        return 0;
    }
}
