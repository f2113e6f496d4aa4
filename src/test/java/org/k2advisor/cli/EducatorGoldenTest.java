package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every educator command against expected output in src/test/resources/educator: NAME.case holds
 * the exit status on its first line ("exit: 0") and then one argument per line; NAME.stdin, when
 * present, is fed to standard input; NAME.expected is the exact standard output. After a
 * deliberate change, regenerate with -Dk2advisor.regenerate=true and review the diff.
 */
class EducatorGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/educator");
    private static final boolean REGENERATE = Boolean.getBoolean("k2advisor.regenerate");
    private static final Map<String, CliRun> FIRST_RUNS = new HashMap<>();

    @org.junit.jupiter.api.BeforeAll
    static void buildFixturePacks() {
        org.k2advisor.FixturePacks.buildAll();
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".case"))
                    .map(n -> n.substring(0, n.length() - ".case".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenCaseRuns_thenOutputMatchesExpected(String name) throws IOException {
        int expectedExit = expectedExit(name);
        CliRun result = firstRun(name);

        Path expectedFile = CASES.resolve(name + ".expected");
        if (REGENERATE) {
            Files.writeString(expectedFile, result.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), result.out(), name + " stdout");
        assertEquals(expectedExit, result.exit(), name + " exit status; stderr: " + result.err());
        if (expectedExit == 0) {
            assertEquals("", result.err(), name + " stderr");
        }
    }

    /**
     * Every case, --rules ones included, runs a second time and must give the very same output as its
     * first run (the one compared with the expected file above), so each case runs twice in all: a
     * pack compiled from DRL is compiled again, as it must be to show that compiling is deterministic.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whenCaseRunsTwice_thenOutputIsIdentical(String name) throws IOException {
        CliRun first = firstRun(name);
        CliRun second = run(name);

        assertEquals(first.out(), second.out(), name + " stdout");
        assertEquals(first.err(), second.err(), name + " stderr");
        assertEquals(first.exit(), second.exit(), name + " exit status");
    }

    /** Each case's first run, shared by both tests whichever runs first. */
    private static synchronized CliRun firstRun(String name) throws IOException {
        CliRun run = FIRST_RUNS.get(name);
        if (run == null) {
            run = run(name);
            FIRST_RUNS.put(name, run);
        }
        return run;
    }

    private static CliRun run(String name) throws IOException {
        List<String> lines = Files.readAllLines(CASES.resolve(name + ".case"), StandardCharsets.UTF_8);
        String[] args = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toArray(String[]::new);
        Path stdinFile = CASES.resolve(name + ".stdin");
        String stdin = Files.exists(stdinFile) ? Files.readString(stdinFile, StandardCharsets.UTF_8) : "";
        return CliRun.withInput(stdin, args);
    }

    private static int expectedExit(String name) throws IOException {
        String first = Files.readAllLines(CASES.resolve(name + ".case"), StandardCharsets.UTF_8).get(0);
        return Integer.parseInt(first.replace("exit:", "").strip());
    }
}
