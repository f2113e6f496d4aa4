package org.k2advisor.schemas;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.k2advisor.cli.Main;

/** One in-memory run of the command line, for the JSON it prints. */
final class CommandLine {
    record Run(int exit, String out, String err) {}

    private CommandLine() {}

    static Run run(List<String> args) {
        return withInput("", args);
    }

    /** A run with {@code stdin} typed in, as a person answering the interview would. */
    static Run withInput(String stdin, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(List.of(args));
    }
}
