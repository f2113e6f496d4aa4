package org.k2advisor.cli.interview;

import java.io.PrintStream;
import java.util.List;

/** The two ends of a conversation with a person: lines in, text out, in one style and width. */
public record Conversation(LineSource lines, PrintStream out, Style style, int width) {

    void say(String text) {
        if (!text.isEmpty()) {
            out.print(text);
            out.flush();
        }
    }

    /** The next line, or null at end of input; throws InterruptedByUser on Ctrl-C. */
    String ask(String prompt, List<String> completions) {
        out.flush();
        return lines.readLine(prompt, completions);
    }
}
