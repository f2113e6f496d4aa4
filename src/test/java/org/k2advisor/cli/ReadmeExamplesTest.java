package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The README's advise and explain examples are real output: each example whose command is plain
 * (no pipe, quote or redirection) is run again, and every part of the output the README shows
 * (parts are separated by lines of "...", where the README shortens) must appear in it as shown,
 * wrapped at 80 columns. A change to the pack's text fails here until the README is re-run.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("README.md");

    @Test
    void whenTheReadmeShowsAdviseOrExplainOutput_thenItIsWhatTheCommandPrintsToday() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Example example : examples(Files.readAllLines(README))) {
            CliRun run = CliRun.of(example.args());
            String printed = run.out() + run.err();
            for (String part : example.parts()) {
                assertTrue(printed.contains(part), "README example `" + example.command() + "` shows\n" + part
                        + "\nbut the command prints\n" + printed);
            }
            checked.add(example.command());
        }
        assertFalse(checked.isEmpty(), "no advise or explain example found in the README");
        assertTrue(checked.stream().anyMatch(c -> c.contains("warfarin.json")), checked.toString());
    }

    @Test
    void whenAnExampleIsRead_thenItsPartsAreSplitAtTheShortenings() {
        List<Example> found = examples(List.of("```text", "$ ./k2advisor advise --answers a.json", "one", "...", "two",
                "  three", "$ cat x", "```"));
        assertEquals(1, found.size());
        assertEquals(List.of("one\n", "two\n  three\n"), found.get(0).parts());
    }

    private record Example(String command, String[] args, List<String> parts) {}

    /** The plain advise and explain commands in ```text blocks, each with the output shown after it. */
    private static List<Example> examples(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        boolean inText = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inText = !inText && line.equals("```text");
                continue;
            }
            if (!inText || !line.matches("\\$ \\./k2advisor (advise|explain) [^|'\"<>]*")) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).startsWith("$ ") && !lines.get(j).startsWith("```"); j++) {
                String shown = lines.get(j);
                if (shown.strip().equals("...")) {
                    addPart(parts, part);
                } else {
                    part.append(shown).append('\n');
                }
            }
            addPart(parts, part);
            if (!parts.isEmpty()) {
                String command = line.substring(2);
                String[] words = command.split(" +");
                examples.add(new Example(command, java.util.Arrays.copyOfRange(words, 1, words.length), parts));
            }
            i = j - 1;
        }
        return examples;
    }

    private static void addPart(List<String> parts, StringBuilder part) {
        if (!part.toString().isBlank()) {
            parts.add(part.toString());
        }
        part.setLength(0);
    }
}
