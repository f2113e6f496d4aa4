package org.k2advisor.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.k2advisor.AdvisorException;
import org.k2advisor.InvalidAnswersException;

import picocli.CommandLine;
import org.k2advisor.internal.render.Wrap;

/**
 * The command line. {@link #run} never exits the JVM, so tests drive it with in-memory streams;
 * exit codes: 0 done, 1 findings, an internal error or an interview stopped before its report,
 * 2 bad input, 130 interrupted.
 */
public final class Main {
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 1;

    private Main() {}

    public static void main(String[] args) {
        BuiltInAdvisor.preload(args);
        System.exit(run(System.in, System.out, System.err, args));
    }

    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        // Only the real process asks the terminal; tests with their own streams get the fixed 80.
        int width = out == System.out ? TerminalWidth.detect() : Wrap.WIDTH;
        CommandLine cli = commandLine(new Console(in, out, err, width), args);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(errWriter);
        cli.setParameterExceptionHandler((e, params) -> {
            errWriter.println("k2advisor: " + UsageError.describe(e));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidAnswersException invalid) {
                // One line per problem, so that every mistake can be fixed in one go.
                invalid.problems().forEach(problem -> errWriter.println("k2advisor: " + firstLine(problem.toString())));
                return BAD_INPUT;
            }
            if (e instanceof AdvisorException) {
                errWriter.println("k2advisor: " + firstLine(e.getMessage()));
                return BAD_INPUT;
            }
            errWriter.println("k2advisor: internal error: " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage())
                    + " (please report it; set K2ADVISOR_DEBUG=1 for details)");
            if (System.getenv("K2ADVISOR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    /** The whole command tree, as the help lists it and the shell completion script describes it. */
    static CommandLine commandLine(Console console) {
        CommandLine cli = new CommandLine(new K2AdvisorCommand(console));
        K2AdvisorCommand.COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command));
        return cli;
    }

    /**
     * The tree a run needs: when the first argument names a command, only that one; otherwise
     * (no command, an option, help, a mistyped name that should get "did you mean") all of them.
     */
    static CommandLine commandLine(Console console, String... args) {
        Class<?> named = args.length == 0 || args[0].equals("help") ? null : K2AdvisorCommand.COMMANDS.get(args[0]);
        if (named == null) {
            return commandLine(console);
        }
        CommandLine cli = new CommandLine(new K2AdvisorCommand(console));
        cli.addSubcommand(args[0], named);
        return cli;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
