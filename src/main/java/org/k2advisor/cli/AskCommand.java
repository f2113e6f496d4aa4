package org.k2advisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.cli.interview.Conversation;
import org.k2advisor.cli.interview.InterruptedByUser;
import org.k2advisor.cli.interview.InterviewSession;
import org.k2advisor.cli.interview.LineSource;
import org.k2advisor.cli.interview.PlainLineSource;
import org.k2advisor.cli.interview.Style;
import org.k2advisor.cli.interview.TerminalLineSource;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.pack.KnowledgePack;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ask",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Answer the questions one at a time, then get the report `advise` gives.",
            "At a question type ? for why we ask, back, skip (leave it unanswered) or quit; \"don't "
            + "know\" is an answer to yes/no and number questions. After the report: why N, trace, save "
            + "FILE, quit."},
        footer = {"", "Examples:",
            "  k2advisor ask",
            "  k2advisor ask --save my-answers.json",
            "  k2advisor ask --answers my-answers.json   (asks only what it leaves out)",
            "  k2advisor ask < answers.txt               (one answer a line, no terminal)",
            "",
            "Exit status: 0 report shown; 1 stopped before the report (quit or end of",
            "input; nothing is written); 2 bad input; 130 interrupted (Ctrl-C)."})
final class AskCommand implements Callable<Integer> {
    static final int INTERRUPTED = 130;

    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    PackOption pack = new PackOption();

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Resume from a JSON answers file or a FHIR QuestionnaireResponse: only what it leaves "
                    + "unanswered is asked.")
    Path answersFile;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Save the answers there once the report is shown (as `advise --answers` reads them); "
                    + "an existing file is replaced only with --force.")
    Path saveFile;

    @Option(names = "--force",
            description = "Let --save, and save FILE after the report, replace an existing file without asking.")
    boolean force;

    @Override
    public Integer call() {
        return interview(parent.console);
    }

    /** Also what a bare `k2advisor` runs when a person is at a terminal. */
    int interview(Console console) {
        // The questions come straight from the pack (fast); the rules compile meanwhile.
        KnowledgePack questionnaire = pack.read();
        Map<String, Object> given = answersFile == null ? Map.of() : readGiven(console, questionnaire);
        checkSaveTarget();
        var advisor = InterviewSession.prepareInBackground(pack::load);
        boolean terminal = TerminalLineSource.available();
        LineSource terminalLines = terminal ? TerminalLineSource.open() : null;
        Thread onSignal = new Thread(() -> console.err().println("\nk2advisor: interrupted; nothing was saved."));
        Runtime.getRuntime().addShutdownHook(onSignal);
        try (LineSource lines = terminalLines != null ? terminalLines : new PlainLineSource(console.in(), console.out())) {
            Style style = Style.forTerminal(terminalLines != null, System.getenv("NO_COLOR"));
            var session = new InterviewSession(questionnaire, given, answersFile == null ? "" : answersFile.toString(), advisor,
                    saveFile, force);
            return session.run(new Conversation(lines, console.out(), style, console.width()), console.err());
        } catch (InterruptedByUser e) {
            console.err().println("k2advisor: interrupted; nothing was saved.");
            return INTERRUPTED;
        } finally {
            removeHook(onSignal);
        }
    }

    private Map<String, Object> readGiven(Console console, KnowledgePack questionnaire) {
        if (answersFile.toString().equals("-")) {
            throw new InvalidAnswersException(Code.USAGE, "--answers",
                    "ask reads its answers from the keyboard; give a file to resume from");
        }
        AnswerInput input = new AnswerInput();
        input.answersFile = answersFile.toString();
        return questionnaire.normalizer().normalize(input.read(console, questionnaire));
    }

    /** Fails before the first question, not after the last, when the answers could not be saved. */
    private void checkSaveTarget() {
        if (saveFile != null) {
            String shown = ValueEcho.path(saveFile.toString());
            Path folder = saveFile.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new InvalidAnswersException(Code.USAGE, "--save", "the folder of " + shown + " does not exist");
            }
            if (!force && Files.exists(saveFile)) {
                throw new InvalidAnswersException(Code.USAGE, "--save", shown
                        + " already exists; add --force to replace it, or choose another name");
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running, as intended.
        }
    }
}
