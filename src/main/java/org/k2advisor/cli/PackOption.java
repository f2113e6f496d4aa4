package org.k2advisor.cli;

import java.nio.file.Path;

import org.k2advisor.Advisor;

import picocli.CommandLine.Option;

/** The --rules option shared by every command that reads a knowledge pack. */
final class PackOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the knowledge pack in DIR (laid out like the repository's rules/ folder), "
                    + "compiled now from its DRL, instead of the built-in pack.")
    Path rulesDir;

    Advisor load() {
        return rulesDir == null ? Advisor.builtIn() : Advisor.fromDirectory(rulesDir);
    }
}
