package org.k2advisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Advisors and scenario files shared by the tests; a KieBase takes a while to build, so build each once. */
public final class TestPacks {
    public static final Path RULES_DIR = Path.of("rules");
    public static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    private static Advisor builtIn;
    private static Advisor fromDrl;

    private TestPacks() {}

    /** The built-in pack, from the executable model precompiled at build time. */
    public static synchronized Advisor builtIn() {
        if (builtIn == null) {
            builtIn = Advisor.builtIn();
        }
        return builtIn;
    }

    /** The same pack compiled now from the DRL in rules/. */
    public static synchronized Advisor fromDrl() {
        if (fromDrl == null) {
            fromDrl = Advisor.fromDirectory(RULES_DIR);
        }
        return fromDrl;
    }

    public static List<String> scenarioNames() {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".answers.json"))
                    .map(n -> n.substring(0, n.length() - ".answers.json".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String scenarioAnswers(String name) {
        return read(SCENARIOS.resolve(name + ".answers.json"));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies rules/ into {@code dir} so a test can break one thing in its own copy. */
    public static Path copyOfRules(Path dir) {
        try (Stream<Path> files = Files.list(RULES_DIR)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
