package org.k2advisor.cli.interview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.k2advisor.Advisor;
import org.k2advisor.Report;
import org.k2advisor.internal.render.TextReport;
import org.k2advisor.internal.render.Wrap;
import org.k2advisor.internal.answers.ValueEcho;

/** What a person can do once the report is shown: ask why, read the whole reasoning, save, quit. */
final class AfterReport {
    private static final String INDENT = "  ";
    private static final Set<String> YES = Set.of("y", "yes");
    private final Report report;
    private final Advisor advisor;
    private final Conversation talk;
    private final InterviewText text;
    private final boolean overwrite;

    /** @param overwrite whether save may replace an existing file without asking (ask --force) */
    AfterReport(Report report, Advisor advisor, Conversation talk, boolean overwrite) {
        this.report = report;
        this.advisor = advisor;
        this.talk = talk;
        this.text = new InterviewText(talk.style(), talk.width());
        this.overwrite = overwrite;
    }

    /** Reads commands until quit or the end of input; Ctrl-C propagates as {@link InterruptedByUser}. */
    void run() {
        talk.say(menu());
        List<String> completions = new ArrayList<>(List.of("trace", "save ", "quit"));
        for (int n = 1; n <= report.advice().size(); n++) {
            completions.add("why " + n);
        }
        while (true) {
            String line = talk.ask("> ", completions);
            if (line == null) {
                return;
            }
            String[] words = line.strip().split("\\s+", 2);
            String argument = words.length > 1 ? words[1].strip() : "";
            switch (words[0].toLowerCase(Locale.ROOT)) {
                case "" -> { }
                case "why" -> why(argument);
                case "trace" -> talk.say("\n" + TextReport.trace(report.trace(), talk.width()));
                case "save" -> save(argument);
                case "quit", "exit", "q" -> {
                    return;
                }
                case "?", "help" -> talk.say(menu());
                default -> talk.say(text.note("Unknown command " + BoundedLines.quoted(words[0]) + ". " + commands()));
            }
        }
    }

    private void why(String argument) {
        int last = report.advice().size();
        int n;
        try {
            n = Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > last) {
            talk.say(text.note(last == 0 ? "The report has no items to explain."
                    : "Type why and an item number from 1 to " + last + ", such as why 1."));
            return;
        }
        talk.say(ItemReasoning.render(advisor.explainWhy(report.answers(), report.advice().get(n - 1).id()), n, talk.width()));
    }

    private void save(String argument) {
        if (argument.isEmpty()) {
            talk.say(text.note("Type save and a file name, such as save my-answers.json."));
            return;
        }
        String shown = ValueEcho.path(argument);
        try {
            Path target = path(argument);
            boolean replace = overwrite;
            if (!replace && Files.exists(target)) {
                // Someone's earlier answers may be in it: replace them only when told to.
                String reply = talk.ask(INDENT + shown + " already exists. Overwrite it? (y/N) > ", List.of("y", "n"));
                if (reply == null || !YES.contains(reply.strip().toLowerCase(Locale.ROOT))) {
                    talk.say(text.note("Not saved; " + shown + " is unchanged."));
                    return;
                }
                replace = true;
            }
            AnswersFile.write(target, report.answers(), replace);
            talk.say(Wrap.wrap(INDENT, INDENT, "Saved your answers to " + argument
                    + ". See the report again with: k2advisor advise --answers " + argument, talk.width()));
        } catch (IOException | InvalidPathException e) {
            talk.say(text.note("Could not save to " + shown + ": " + AnswersFile.problem(e) + ". Nothing was written."));
        }
    }

    /** A file name as typed; "~/" means the home folder, as it would in the shell. */
    private static Path path(String typed) {
        return typed.startsWith("~/") ? Path.of(System.getProperty("user.home"), typed.substring(2)) : Path.of(typed);
    }

    private String menu() {
        return "\n" + Wrap.wrap("What next? ", "  ", commands(), talk.width());
    }

    private static String commands() {
        return "Type why N to see why item N is there, trace for all the reasoning, save FILE to keep your answers, "
                + "or quit.";
    }
}
