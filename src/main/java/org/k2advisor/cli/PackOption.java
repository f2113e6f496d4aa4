package org.k2advisor.cli;

import java.nio.file.Path;

import org.k2advisor.Advisor;
import org.k2advisor.PackOptions;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

import picocli.CommandLine.Option;

/** The --rules and --allow-unsafe-text options shared by every command that reads a knowledge pack. */
final class PackOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the knowledge pack in DIR (laid out like the repository's rules/ folder), "
                    + "compiled now from its DRL, instead of the built-in pack.")
    Path rulesDir;

    @Option(names = "--allow-unsafe-text",
            description = "With --rules (or batch --compare-rules): load the pack even when its text fails the safety checks (a reversal "
                    + "claimed without a hedge, a dose instructed, a diagnosis); every report from it then says so "
                    + "at the top. For reviewing a draft. `rules check` lists such text either way.")
    boolean allowUnsafeText;

    /** The pack with its rules compiled, ready to advise. */
    Advisor load() {
        return rulesDir == null ? BuiltInAdvisor.get() : Advisor.fromDirectory(rulesDir, options());
    }

    /** The pack's files only, for commands that need no rules compiled (much faster). */
    KnowledgePack read() {
        return rulesDir == null ? PackReader.builtIn() : PackReader.directory(rulesDir, options());
    }

    PackOptions options() {
        return allowUnsafeText ? PackOptions.allowUnsafeText() : PackOptions.defaults();
    }
}
