package org.k2advisor.cli.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.k2advisor.FuzzChecks;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * What `k2advisor ask` reads from a pipe, as bytes: any text, any line ends, any length, invalid
 * UTF-8 and control characters included. {@link BoundedLines} must give the lines BufferedReader
 * gives, each cut at {@link BoundedLines#MAX_LINE} + 1 characters; and one whole {@link Interview},
 * fed those lines through {@link PlainLineSource}, must end (at the end of input at the latest)
 * without an exception, say only short lines free of control characters, and end with answers
 * that validate to themselves, with bounded work (see {@link FuzzChecks}).
 *
 * <p>Corpus: src/test/resources/org/k2advisor/cli/interview/InterviewLinesFuzzTestInputs/interview/,
 * each file the standard input of one interview.
 */
class InterviewLinesFuzzTest {
    private static final KnowledgePack PACK = PackReader.builtIn();
    private static final int WIDTH = 80;
    /** A prompt (the allowed answers and the default) is well within this; the echoed line follows it. */
    private static final int MAX_PROMPT = 200;
    /** The interview's text for one line read: a question, a help text, a note, or the summary of all answers. */
    private static final int MAX_OUTPUT_PER_LINE = 8 * 1024;
    /** A line's echo: about 40 characters, each escape up to 6 wide (80 in all), and "... (over 1,000 characters)". */
    private static final int MAX_ECHO = 120;

    @FuzzTest(maxDuration = "30s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void interview(byte[] stdin) {
        FuzzChecks.assertBoundedWork(stdin.length, "an interview on these lines", () -> check(stdin));
    }

    private static void check(byte[] stdin) {
        List<String> lines = boundedLinesAgreeWithBufferedReader(stdin);

        ByteArrayOutputStream said = new ByteArrayOutputStream();
        ByteArrayOutputStream prompted = new ByteArrayOutputStream();
        PlainLineSource source = new PlainLineSource(new ByteArrayInputStream(stdin), print(prompted));
        Conversation talk = new Conversation(source, print(said), Style.plain(), WIDTH);
        Interview.Outcome outcome = new Interview(PACK, Map.of(), "", talk).run(() -> { });

        assertNotNull(outcome.ending());
        assertEquals(outcome.answers(), PACK.normalizer().normalize(outcome.answers()),
                "the interview accepts only what validation accepts, in canonical form");
        String text = said.toString(StandardCharsets.UTF_8);
        FuzzChecks.assertNoControlCharacters(text, true);
        text.lines().forEach(FuzzChecks::assertOneShortLine);
        // The prompts and the echo of each line read: short, and no control character typed reaches them.
        String echoed = prompted.toString(StandardCharsets.UTF_8);
        FuzzChecks.assertNoControlCharacters(echoed, true);
        assertFalse(echoed.contains("\uFFFD") && !containsReplacementCharacter(stdin),
                "bytes that are not UTF-8 were decoded leniently, into U+FFFD");
        for (String line : echoed.split("\n")) {
            assertTrue(line.length() <= MAX_PROMPT + MAX_ECHO, () -> "a prompt and its echo of " + line.length() + " characters");
        }
        int read = lines.size() + 1;
        assertTrue(text.length() <= (long) MAX_OUTPUT_PER_LINE * read, () -> text.length() + " characters said for "
                + read + " lines read");
    }

    /** The lines as the interview reads them, checked against BufferedReader's, each cut to MAX_LINE + 1. */
    private static List<String> boundedLinesAgreeWithBufferedReader(byte[] stdin) {
        try {
            StringWriter decoded = new StringWriter();
            new InputStreamReader(new ByteArrayInputStream(stdin), StandardCharsets.UTF_8).transferTo(decoded);
            List<String> expected = new BufferedReader(new StringReader(decoded.toString())).lines()
                    .map(l -> l.length() > BoundedLines.MAX_LINE ? l.substring(0, BoundedLines.MAX_LINE + 1) : l).toList();
            BoundedLines bounded = new BoundedLines(new StringReader(decoded.toString()));
            List<String> actual = new ArrayList<>();
            for (String line = bounded.readLine(); line != null; line = bounded.readLine()) {
                actual.add(line);
            }
            assertEquals(expected, actual);
            return actual;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether U+FFFD was typed as such: its UTF-8 bytes EF BF BD. */
    private static boolean containsReplacementCharacter(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) {
                return true;
            }
        }
        return false;
    }

    private static PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }
}
