package org.k2advisor.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.k2advisor.TraceStep;
import org.k2advisor.cli.interview.BoundedLines;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.engine.AgendaEntry;
import org.k2advisor.internal.engine.RuleEngine;
import org.k2advisor.internal.engine.TracedSession;
import org.k2advisor.internal.explain.Workbench;

/**
 * The `teach` loop. One Drools session is fired one rule at a time (fireAllRules(1)); going back
 * opens a fresh session and replays the firings before, which gives the same states because a
 * run is deterministic. Keys are read as lines, so the loop works the same at a terminal and
 * with a script on standard input; off a terminal each key is echoed so a transcript reads well.
 */
final class TeachSession {
    private static final String KEYS = "Keys: Enter or n = next firing, b = back one, w = working memory, q = quit.";

    private final Workbench bench;
    private final Map<String, Object> answers;
    private final Console console;
    private final TeachScreen screen;
    private final int total;
    private TracedSession session;
    private int position;
    private boolean finished;
    /** The last firing as shown; truth maintenance may add retractions to it while the network settles. */
    private TraceStep shown;

    TeachSession(Workbench bench, Map<String, Object> answers, Console console) {
        this.bench = bench;
        this.answers = answers;
        this.console = console;
        this.screen = new TeachScreen(bench);
        this.total = bench.engine().evaluate(answers).trace().size();
    }

    /** Reads keys from standard input. */
    void run() {
        boolean echo = console.in() != System.in || System.console() == null;
        run(new InputStreamReader(console.in(), StandardCharsets.UTF_8), echo);
    }

    /**
     * Shows every firing in turn, as if Enter were pressed at each: for when standard input held
     * the answers and so has no keys left to give.
     */
    void runToTheEnd() {
        run(new StringReader("n\n".repeat(total + 1) + "q\n"), true);
    }

    private void run(Reader input, boolean echo) {
        BoundedLines keys = new BoundedLines(input);
        try {
            restart();
            console.print(screen.intro(answers, session.facts(), total) + "\n" + Wrap.wrap("", "", KEYS));
            while (true) {
                console.print("\nteach [" + position + "/" + total + "]> ");
                String line = keys.readLine();
                if (line == null) {
                    console.print("\n");
                    return;
                }
                String key = line.strip().toLowerCase(Locale.ROOT);
                if (echo) {
                    console.print(key + "\n");
                }
                switch (key) {
                    case "", "n" -> next();
                    case "b" -> back();
                    case "w" -> console.print(screen.workingMemory(session.facts()));
                    case "q" -> {
                        return;
                    }
                    default -> console.print(Wrap.wrap("", "", "Unknown key " + ValueEcho.of(key) + ". " + KEYS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            session.close();
        }
    }

    private void next() {
        if (finished || position >= RuleEngine.FIRING_LIMIT) {
            console.print(screen.finished(session.facts(), position));
            return;
        }
        List<AgendaEntry> agenda = session.agenda();
        reportLateChanges();
        if (agenda.isEmpty() || session.fire(1) == 0) {
            finished = true;
            console.print(screen.finished(session.facts(), position));
            return;
        }
        position++;
        List<TraceStep> steps = session.steps();
        shown = steps.get(steps.size() - 1);
        console.print(screen.step(shown, agenda, total));
    }

    /**
     * Drools settles the network lazily, so a fact that lost its justification may be retracted
     * only when the agenda is next looked at; say so rather than let the change go unseen.
     */
    private void reportLateChanges() {
        List<TraceStep> steps = session.steps();
        TraceStep latest = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        if (shown != null && latest != null && latest.step() == shown.step() && !latest.equals(shown)) {
            console.print(screen.lateChanges(shown, latest));
            shown = latest;
        }
    }

    private void back() {
        if (position == 0) {
            console.print("Already at the start: no rule has fired yet.\n");
            return;
        }
        int target = position - 1;
        restart();
        if (target == 0) {
            console.print(screen.intro(answers, session.facts(), total));
            return;
        }
        while (position < target - 1) {
            session.fire(1);
            position++;
        }
        next();
    }

    private void restart() {
        if (session != null) {
            session.close();
        }
        session = bench.engine().open(answers);
        position = 0;
        finished = false;
        shown = null;
    }
}
