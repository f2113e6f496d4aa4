package org.k2advisor.cli.interview;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lines from a stream that is not a terminal: a script, a pipe or a test, each line bounded in
 * length (see {@link BoundedLines}). Each line read is
 * echoed after its prompt, so the output of a scripted run reads like the conversation it was.
 * (Typing at a terminal while standard output goes to a pipe shows each answer twice on screen,
 * once from the terminal and once through the pipe: the price of readable transcripts.)
 */
public final class PlainLineSource implements LineSource {
    private final BoundedLines reader;
    private final PrintStream out;

    public PlainLineSource(InputStream in, PrintStream out) {
        this.reader = new BoundedLines(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override
    public String readLine(String prompt, List<String> completions) {
        out.print(prompt);
        String line;
        try {
            line = reader.readLine();
        } catch (IOException e) {
            // A stream that fails mid-way is, for the interview, a stream that has ended.
            line = null;
        }
        out.println(line == null ? "" : line);
        out.flush();
        return line;
    }
}
