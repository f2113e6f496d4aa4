package org.k2advisor.cli.interview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.k2advisor.Advisor;
import org.k2advisor.Report;
import org.k2advisor.Render;
import org.k2advisor.internal.render.Wrap;
import org.k2advisor.internal.pack.KnowledgePack;

/**
 * A whole `k2advisor ask`: the interview, the report, the optional save, then why/trace/save/quit.
 * The rules compile in the background while the person answers, so the report is ready when
 * the last answer is.
 */
public final class InterviewSession {
    /** Exit status: a report was shown. */
    public static final int REPORTED = 0;
    /** Exit status: the interview stopped before its report (quit or end of input); nothing written. */
    public static final int STOPPED = 1;

    private final KnowledgePack pack;
    private final Map<String, Object> given;
    private final String givenFrom;
    private final CompletableFuture<Advisor> advisor;
    private final Path saveTo;
    private final boolean overwrite;

    /** A session that never replaces an existing file without asking. */
    public InterviewSession(KnowledgePack pack, Map<String, Object> given, String givenFrom,
            CompletableFuture<Advisor> advisor, Path saveTo) {
        this(pack, given, givenFrom, advisor, saveTo, false);
    }

    /**
     * @param given answers already known, canonical; {@code givenFrom} names their file
     * @param advisor the advisor being built, usually from {@link #prepareInBackground}
     * @param saveTo where to save the answers once the report is shown; null for nowhere. Unless
     *     {@code overwrite}, it must not exist (the caller checks before the first question), and
     *     a file that appears there meanwhile is left alone
     * @param overwrite whether {@code saveTo}, and files named with save FILE, may be replaced
     *     without asking (ask --force)
     */
    public InterviewSession(KnowledgePack pack, Map<String, Object> given, String givenFrom,
            CompletableFuture<Advisor> advisor, Path saveTo, boolean overwrite) {
        this.pack = pack;
        this.given = new LinkedHashMap<>(given);
        this.givenFrom = givenFrom;
        this.advisor = advisor;
        this.saveTo = saveTo;
        this.overwrite = overwrite;
    }

    /**
     * Builds the advisor on another thread and runs it once on no answers, so the first real
     * report finds its classes loaded and its code warm: the person's typing hides all of it.
     */
    public static CompletableFuture<Advisor> prepareInBackground(Supplier<Advisor> load) {
        return CompletableFuture.supplyAsync(() -> {
            Advisor ready = load.get();
            Render.text(ready.advise(Map.of()), Wrap.WIDTH);
            return ready;
        });
    }

    /**
     * Runs the session and returns its exit status.
     *
     * @throws InterruptedByUser on Ctrl-C
     * @throws org.k2advisor.AdvisorException when the pack's rules cannot be compiled
     */
    public int run(Conversation talk, PrintStream err) {
        Interview.Outcome outcome = new Interview(pack, given, givenFrom, talk).run(this::stopIfRulesFailed);
        switch (outcome.ending()) {
            case QUIT, END_OF_INPUT -> {
                err.println("k2advisor: " + (outcome.ending() == Interview.Ending.QUIT ? "stopped" : "input ended")
                        + " before the report; nothing was saved.");
                return STOPPED;
            }
            default -> { }
        }
        Advisor ready = awaitAdvisor();
        Report report = ready.advise(outcome.answers());
        talk.say("\n" + Render.text(report, talk.width()));
        int status = saveTo == null ? REPORTED : save(report, talk, err);
        if (outcome.ending() == Interview.Ending.EMERGENCY) {
            return status;
        }
        new AfterReport(report, ready, talk, overwrite).run();
        return status;
    }

    private int save(Report report, Conversation talk, PrintStream err) {
        try {
            AnswersFile.write(saveTo, report.answers(), overwrite);
            talk.say(Wrap.wrap("", "", "Saved your answers to " + saveTo + ".", talk.width()));
            return REPORTED;
        } catch (IOException | RuntimeException e) {
            err.println("k2advisor: could not save to " + saveTo + ": " + AnswersFile.problem(e) + "; nothing was written.");
            return STOPPED;
        }
    }

    /** A pack whose rules failed to compile stops the interview at the next question, not at the end. */
    private void stopIfRulesFailed() {
        if (advisor.isCompletedExceptionally()) {
            awaitAdvisor();
        }
    }

    private Advisor awaitAdvisor() {
        try {
            return advisor.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
