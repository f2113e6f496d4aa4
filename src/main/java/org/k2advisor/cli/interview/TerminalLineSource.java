package org.k2advisor.cli.interview;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines from a real terminal through JLine: editing, in-session history (never written to disk:
 * the answers are health information) and Tab completion of the answers a question allows.
 */
public final class TerminalLineSource implements LineSource {
    /** Held so the logging setting is not garbage-collected away with a weak logger reference. */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private final Terminal terminal;
    private final LineReader reader;
    private volatile List<String> completions = List.of();

    private TerminalLineSource(Terminal terminal) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("k2advisor")
                .parser(new WholeLineParser())
                .completer(this::complete)
                // "!" and "^" must stay plain text, never history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    /**
     * True when both standard input and output are a terminal, so a person is typing. From Java 22
     * System.console() exists even when redirected; isTerminal() (looked up reflectively, as Java 17
     * lacks it) then tells the truth.
     */
    public static boolean available() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** The system terminal, or null when JLine could only offer a dumb one (plain lines do better). */
    public static TerminalLineSource open() {
        // JLine reports fallbacks through java.util.logging; the console stays ours alone.
        JLINE_LOG.setLevel(Level.OFF);
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build();
            if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
                terminal.close();
                return null;
            }
            return new TerminalLineSource(terminal);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Offers only answers that start with what was typed: no fuzzy "did you mean" lists mid-answer. */
    private void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String typed = line.line().substring(0, line.cursor()).stripLeading().toLowerCase(java.util.Locale.ROOT);
        for (String completion : completions) {
            if (completion.startsWith(typed)) {
                candidates.add(new Candidate(completion));
            }
        }
    }

    @Override
    public String readLine(String prompt, List<String> completions) {
        this.completions = List.copyOf(completions);
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            endLine();
            throw new InterruptedByUser();
        } catch (EndOfFileException e) {
            endLine();
            return null;
        }
    }

    /** Leaves the cursor on a fresh line, so a closing message never lands after the prompt. */
    private void endLine() {
        terminal.writer().println();
        terminal.writer().flush();
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // Nothing useful to do: the process is ending and the terminal restores itself.
        }
    }

    /**
     * Treats the whole line as one word: answers such as "don't know" must complete as a unit,
     * and an apostrophe must never open a quote that waits for its closing partner.
     */
    private static final class WholeLineParser implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            return new ParsedLine() {
                @Override
                public String word() {
                    return line;
                }

                @Override
                public int wordCursor() {
                    return cursor;
                }

                @Override
                public int wordIndex() {
                    return 0;
                }

                @Override
                public List<String> words() {
                    return List.of(line);
                }

                @Override
                public String line() {
                    return line;
                }

                @Override
                public int cursor() {
                    return cursor;
                }
            };
        }
    }
}
