package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.Claim;

import picocli.CommandLine.Command;
import org.k2advisor.internal.render.Wrap;

@Command(name = "claims", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the claims the rules encode (the article's, in our words, and the safety facts it "
                + "leaves out), each with its study design, sources and any correction.")
final class ClaimsCommand extends ListingCommand<Claim> {

    @Override
    List<Claim> items() {
        return pack.read().claims();
    }

    @Override
    String text(List<Claim> claims) {
        StringBuilder out = new StringBuilder();
        for (Claim c : claims) {
            out.append(c.id()).append("  [").append(c.design()).append("]  ")
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
        return out.toString();
    }
}
