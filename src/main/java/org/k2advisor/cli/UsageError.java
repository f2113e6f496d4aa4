package org.k2advisor.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.k2advisor.internal.answers.EditDistance;
import org.k2advisor.internal.answers.ValueEcho;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, in one line: a mistyped command or option gets the
 * nearest real one ("did you mean advise?"), and every message points to the --help of the very
 * command it is about, nested ones included ("k2advisor explain why --help"). The arguments a
 * person typed are echoed shortened and escaped, as values are everywhere else.
 */
final class UsageError {
    /** picocli quotes the arguments it echoes in single quotes. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** A line this long is already far past anything useful. */
    private static final int MAX_LINE = 300;

    private UsageError() {}

    static String describe(ParameterException e) {
        CommandLine command = e.getCommandLine();
        String help = " (see `" + command.getCommandSpec().qualifiedName() + " --help`)";
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String typed = unmatched.getUnmatched().get(0);
            if (typed.startsWith("-")) {
                String nearest = nearest(typed, optionNames(command));
                return "unknown option " + ValueEcho.of(typed) + suggestion(nearest) + help;
            }
            if (!command.getSubcommands().isEmpty()) {
                String nearest = nearest(typed, command.getSubcommands().keySet());
                return "unknown command " + ValueEcho.of(typed) + suggestion(nearest) + help;
            }
        }
        return firstLine(shortened(e.getMessage() == null ? "" : e.getMessage())) + help;
    }

    private static String nearest(String typed, Collection<String> candidates) {
        // The distance takes time in proportion to the length typed; no typo is this long.
        return typed.length() > ValueEcho.MAX_CHARS ? null : EditDistance.nearest(typed, candidates);
    }

    private static String suggestion(String nearest) {
        return nearest == null ? "" : "; did you mean " + nearest + "?";
    }

    private static List<String> optionNames(CommandLine command) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            names.addAll(List.of(option.names()));
        }
        return names;
    }

    /** picocli's message with each quoted argument echoed as values are (escaped, so on one line), bounded. */
    private static String shortened(String message) {
        Matcher quoted = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(out, Matcher.quoteReplacement("'" + ValueEcho.bare(quoted.group(1)) + "'"));
        }
        quoted.appendTail(out);
        return out.length() <= MAX_LINE ? out.toString() : out.substring(0, MAX_LINE) + "...";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
