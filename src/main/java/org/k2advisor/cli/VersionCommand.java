package org.k2advisor.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** `k2advisor version`: the same line as `k2advisor --version`, for those who type it as a word. */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the version and exit.")
final class VersionCommand implements Callable<Integer> {
    @ParentCommand
    K2AdvisorCommand parent;

    @Override
    public Integer call() {
        parent.console.print(String.join("\n", new VersionProvider().getVersion()) + "\n");
        return 0;
    }
}
