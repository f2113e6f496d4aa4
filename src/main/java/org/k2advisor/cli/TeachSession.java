package org.k2advisor.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.k2advisor.Teaching;
import org.k2advisor.TraceStep;
import org.k2advisor.cli.interview.BoundedLines;
import org.k2advisor.internal.render.Wrap;

/**
 * The `teach` loop over a {@link Teaching} stepper. Keys are read as lines, so the loop works the
 * same at a terminal and with a script on standard input; off a terminal each key is echoed so a
 * transcript reads well.
 */
final class TeachSession {
    private static final String KEYS = "Keys: Enter or n = next firing, b = back one, w = working memory, q = quit.";

    private final Teaching teaching;
    private final Map<String, Object> answers;
    private final Console console;
    /** The firing last printed, so changes truth maintenance made to it later can be told apart. */
    private TraceStep shown;

    TeachSession(Teaching teaching, Map<String, Object> answers, Console console) {
        this.teaching = teaching;
        this.answers = answers;
        this.console = console;
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
        run(new StringReader("n\n".repeat(teaching.total() + 1) + "q\n"), true);
    }

    private void run(Reader input, boolean echo) {
        BoundedLines keys = new BoundedLines(input);
        try {
            console.print(TeachScreen.intro(answers.size(), teaching.workingMemory(), teaching.total())
                    + "\n" + Wrap.wrap("", "", KEYS));
            while (true) {
                console.print("\nteach [" + teaching.position() + "/" + teaching.total() + "]> ");
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
                    case "w" -> console.print(TeachScreen.workingMemory(teaching.workingMemory()));
                    case "q" -> {
                        return;
                    }
                    default -> console.print(Wrap.wrap("", "", "Unknown key " + BoundedLines.quoted(key) + ". " + KEYS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void next() {
        show(teaching.next());
    }

    private void back() {
        if (teaching.position() == 0) {
            console.print("Already at the start: no rule has fired yet.\n");
            return;
        }
        Optional<Teaching.Step> step = teaching.back();
        shown = null;
        if (step.isEmpty()) {
            console.print(TeachScreen.intro(answers.size(), teaching.workingMemory(), teaching.total()));
        } else {
            show(step);
        }
    }

    /** Truth maintenance may have changed the firing last shown while the network settled; say so. */
    private void reportLateChanges() {
        if (shown == null) {
            return;
        }
        TraceStep now = teaching.firings().get(shown.step() - 1);
        if (!now.equals(shown)) {
            console.print(TeachScreen.lateChanges(shown, now));
            shown = now;
        }
    }

    private void show(Optional<Teaching.Step> step) {
        reportLateChanges();
        if (step.isEmpty()) {
            console.print(TeachScreen.finished(teaching.workingMemory(), teaching.position()));
            return;
        }
        Teaching.Step current = step.get();
        shown = current.firing();
        console.print(TeachScreen.step(current, teaching.total()));
    }
}
