package org.k2advisor.flink;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.k2advisor.FixturePacks;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.TestPacks;
import org.k2advisor.cli.Main;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The population job on Flink's MiniCluster with 2 slots: its output, changes and side output of
 * errors together, sorted by line, is byte for byte what {@code batch --compare-rules} writes for
 * the same file; each parallel instance builds its Advisors once; bad lines never stop it.
 */
class CompareRulesJobTest {
    static final int SLOTS = 2;

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(SLOTS)
            .build());

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void whenTheJobRunsOnTwoSlots_thenChangesAndErrorsSortedByLineAreTheOneMachineOutput() throws Exception {
        // Given generated profiles with bad lines of each kind among them, and a revised pack
        Path pack = FixturePacks.get("revised-evidence");
        Path answers = dir.resolve("people.jsonl");
        Files.write(answers, input(1_500));
        Path expected = dir.resolve("expected.jsonl");
        int exit = Main.run(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(new ByteArrayOutputStream(), true), "batch", "--in", answers.toString(),
                "--compare-rules", pack.toString(), "--out", expected.toString());

        // When the same file goes through the job
        Path out = dir.resolve("out");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        String name = CompareRulesJob.build(env, new CompareRulesJob.Options(answers.toString(),
                CompareRulesFunction.readPack(pack), out.toString(), SLOTS));
        JobExecutionResult result = env.execute(name);

        // Then the two outputs together, in line order, are the one-machine output, byte for byte
        List<String> oneMachine = Files.readAllLines(expected, StandardCharsets.UTF_8);
        List<String> changed = partLines(out.resolve("changed"));
        List<String> errors = partLines(out.resolve("errors"));
        List<String> merged = new ArrayList<>(changed);
        merged.addAll(errors);
        merged.sort(Comparator.comparingLong(CompareRulesJobTest::lineNumber));
        assertEquals(1, exit, "the batch found the bad lines");
        assertEquals(oneMachine, merged);
        assertAll(
                () -> assertTrue(changed.size() > 50, "some people's advice changed: " + changed.size()),
                () -> assertTrue(changed.stream().allMatch(l -> l.contains("\"packs\":")), "only changes in the main output"),
                () -> assertEquals(5, errors.size(), "each bad line in the side output: " + errors),
                () -> assertTrue(errors.stream().allMatch(l -> l.contains("\"problems\":")), "only errors there"),
                // one Advisor pair per parallel instance, built in open(), not one per record
                () -> assertEquals(SLOTS, (Integer) result.getAccumulatorResult(CompareRulesFunction.ADVISORS_BUILT)));
    }

    @Test
    void whenAnOptionIsWrong_thenOneLineSaysWhichAndTheExitIs2() throws Exception {
        Path answers = dir.resolve("people.jsonl");
        Files.writeString(answers, "{\"age\": 62}\n");
        Path existing = Files.createDirectory(dir.resolve("existing"));
        String pack = FixturePacks.get("revised-evidence").toString();

        assertAll(
                () -> assertUsage("--in is required", "--compare-rules", pack, "--out", dir.resolve("o").toString()),
                () -> assertUsage("--out: " + existing + " already exists", "--in", answers.toString(),
                        "--compare-rules", pack, "--out", existing.toString()),
                () -> assertUsage("--compare-rules: " + dir.resolve("nowhere") + " is not a directory", "--in",
                        answers.toString(), "--compare-rules", dir.resolve("nowhere").toString(), "--out", dir.resolve("o").toString()),
                () -> assertUsage("--compare-rules: ", "--in", answers.toString(), "--compare-rules",
                        FixturePacks.get("drl-error").toString(), "--out", dir.resolve("o").toString()),
                () -> assertUsage("--parallelism: expected a number from 1 to 4096, got 0", "--in", answers.toString(),
                        "--compare-rules", pack, "--out", dir.resolve("o").toString(), "--parallelism", "0"),
                () -> assertUsage("unknown option --rules", "--rules", pack),
                () -> assertUsage("--out: a value is missing", "--in", answers.toString(), "--out"));
    }

    private static void assertUsage(String expected, String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CompareRulesJob.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertAll(expected,
                () -> assertEquals(2, exit, text),
                () -> assertEquals(1, text.lines().count(), text),
                () -> assertTrue(text.startsWith("k2advisor flink: ") && text.contains(expected), text));
    }

    /** Profiles as JSON Lines, with a bad line of each kind among them (as bytes: one is not UTF-8). */
    static byte[] input(int count) throws IOException {
        ProfileGenerator generator = new ProfileGenerator(13L, TestPacks.builtIn().questions());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i <= count; i++) {
            switch (i) {
                case 7 -> bytes.writeBytes("{\"age\": 64,".getBytes(StandardCharsets.UTF_8));
                case 100 -> bytes.writeBytes("{\"diabetis\": true}".getBytes(StandardCharsets.UTF_8));
                case 101 -> { }
                case 500 -> bytes.writeBytes(new byte[] {'{', '"', 's', 'e', 'x', '"', ':', '"', 'f', (byte) 0xE9, '"', '}'});
                case 900 -> bytes.writeBytes("{\"age\": 131}".getBytes(StandardCharsets.UTF_8));
                default -> bytes.writeBytes(JSON.writeValueAsBytes(generator.next()));
            }
            bytes.write('\n');
        }
        return bytes.toByteArray();
    }

    /** The lines of every finished part file in a sink's folder. */
    static List<String> partLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return lines;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("part")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    static long lineNumber(String record) {
        try {
            return JSON.readTree(record).get("line").asLong();
        } catch (IOException e) {
            throw new AssertionError(record, e);
        }
    }

    static Map<String, byte[]> pack(Path directory) throws IOException {
        return CompareRulesFunction.readPack(directory);
    }
}
