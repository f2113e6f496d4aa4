package org.k2advisor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.AutoComplete;
import org.k2advisor.internal.render.Wrap;

/**
 * Writes the bash (and zsh) completion script for the command tree, from the same definition the
 * program runs, so completion can never offer a command or option that does not exist. The build
 * runs it into target/ (see pom.xml); the README says how to load it.
 */
public final class CompletionScript {
    private CompletionScript() {}

    /** @param args the file to write */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompletionScript FILE");
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, script(), StandardCharsets.UTF_8);
    }

    /** picocli's script for `k2advisor`, also bound to `./k2advisor`, the launcher as the README runs it. */
    static String script() {
        String script = AutoComplete.bash("k2advisor", Main.commandLine(new Console(System.in, System.out, System.err, Wrap.WIDTH)));
        return script + "\n# The launcher in a checkout is run as ./k2advisor, a different word for bash.\n"
                + "complete -F _complete_k2advisor -o default ./k2advisor\n";
    }
}
