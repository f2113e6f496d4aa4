package org.k2advisor.cli.interview;

import java.util.List;

/**
 * Where the interview's answers come from: a terminal with line editing, or plain lines from a
 * stream, so that the same interview can be typed by a person or scripted by a test.
 */
public interface LineSource extends AutoCloseable {

    /**
     * Shows {@code prompt} and reads one line, without its line end.
     *
     * @param completions answers worth completing on Tab; ignored where there is no line editing
     * @return the line, or null at end of input (Ctrl-D, or the end of a script)
     * @throws InterruptedByUser when the person pressed Ctrl-C
     */
    String readLine(String prompt, List<String> completions);

    @Override
    default void close() {}
}
