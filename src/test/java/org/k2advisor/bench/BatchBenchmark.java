package org.k2advisor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.k2advisor.Advisor;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.internal.batch.JsonLines;
import org.k2advisor.internal.batch.LineAdvisor;
import org.k2advisor.internal.batch.OrderedBatch;
import org.k2advisor.internal.batch.Progress;
import org.k2advisor.internal.batch.Tally;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The batch numbers quoted in the README ("Performance"), measured here rather than asserted in a
 * unit test. The input is 1,000,000 generated profiles (ProfileGenerator, seed 42), one JSON object
 * a line, written once to target/bench/ and reused.
 *
 * <p>Run after `mvn -q -DskipTests package test-compile`:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.k2advisor.bench.BatchBenchmark [all|throughput|process|per-call]}
 *
 * <ul>
 * <li>throughput: the batch pipeline in this JVM (read, parse, advise, write JSON, in order) over
 *     the whole file, its output thrown away, with one shared Advisor and no trace; 1 and 2 threads
 *     side by side, taking turns, 5 repetitions each after one warm-up pass of each; quotes the median.</li>
 * <li>process: the whole program, {@code ./k2advisor batch --in FILE --out /dev/null}, JVM start to
 *     exit, 3 runs after one untimed run; quotes the median wall time. Then one run with
 *     {@code --out FILE}: about 8 GB, written to a temporary file, synced and moved into place, so
 *     it measures the disk as much as the program.</li>
 * <li>per-call: the old way, one {@code ./k2advisor advise --answers - --format json} per profile,
 *     for the first 200 profiles after 5 untimed calls; quotes the median call, and that times a
 *     million as the estimate for a million (not run: it would take days).</li>
 * </ul>
 */
public final class BatchBenchmark {
    private static final int PROFILES = 1_000_000;
    private static final int REPETITIONS = 5;
    private static final int PROCESS_RUNS = 3;
    private static final int CALLS = 200;
    private static final Path INPUT = Path.of("target/bench/profiles-" + PROFILES + ".jsonl");

    private BatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "all" : args[0];
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, %s; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.arch"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Advisor advisor = Advisor.builtIn();
        writeProfiles(advisor);
        if (mode.equals("all") || mode.equals("throughput")) {
            throughput(advisor);
        }
        if (mode.equals("all") || mode.equals("process")) {
            process();
        }
        if (mode.equals("all") || mode.equals("per-call")) {
            perCall();
        }
    }

    private static void throughput(Advisor advisor) throws IOException {
        int[] threadCounts = {1, 2};
        for (int threads : threadCounts) {
            batch(advisor, threads); // warm-up: the optimizing compiler is done well before a million lines
        }
        double[][] rates = new double[threadCounts.length][REPETITIONS];
        for (int r = 0; r < REPETITIONS; r++) {
            for (int t = 0; t < threadCounts.length; t++) {
                rates[t][r] = batch(advisor, threadCounts[t]);
            }
        }
        for (int t = 0; t < threadCounts.length; t++) {
            double[] sorted = rates[t].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "batch in one JVM, %d thread%s, no trace: median %,.0f lines/s (%.1f s for %,d); "
                    + "runs %s%n", threadCounts[t], threadCounts[t] == 1 ? "" : "s", sorted[REPETITIONS / 2],
                    PROFILES / sorted[REPETITIONS / 2], PROFILES,
                    Arrays.toString(Arrays.stream(rates[t]).mapToLong(Math::round).toArray()));
        }
    }

    /** One pass over the whole file; lines a second. */
    private static double batch(Advisor advisor, int threads) throws IOException {
        Progress silent = new Progress(new PrintStream(OutputStream.nullOutputStream()), false);
        long start = System.nanoTime();
        Tally tally;
        try (InputStream in = Files.newInputStream(INPUT)) {
            tally = new OrderedBatch(new LineAdvisor(advisor, false), threads, silent)
                    .run(new JsonLines(in), OutputStream.nullOutputStream());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (tally.lines() != PROFILES || tally.errors() != 0) {
            throw new IllegalStateException("expected " + PROFILES + " reports: " + tally.summary(0));
        }
        return PROFILES / seconds;
    }

    private static void process() throws Exception {
        // A million reports are about 8 GB: to a file, the disk sets the pace, so that is timed apart.
        List<String> command = List.of(launcher(), "batch", "--in", INPUT.toString(), "--out", "/dev/null");
        runProcess(command, null);
        double[] seconds = new double[PROCESS_RUNS];
        for (int i = 0; i < PROCESS_RUNS; i++) {
            seconds[i] = runProcess(command, null);
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "./k2advisor batch over %,d lines to /dev/null, JVM start to exit: median %.1f s "
                + "(%,.0f lines/s), min %.1f s, max %.1f s (%d runs)%n", PROFILES, seconds[PROCESS_RUNS / 2],
                PROFILES / seconds[PROCESS_RUNS / 2], seconds[0], seconds[PROCESS_RUNS - 1], PROCESS_RUNS);
        Path output = INPUT.resolveSibling("reports.jsonl");
        try {
            double toFile = runProcess(List.of(launcher(), "batch", "--in", INPUT.toString(), "--out", output.toString(),
                    "--force"), null);
            System.out.printf(Locale.ROOT, "./k2advisor batch over %,d lines to a file (%.1f GB, synced and moved into place): "
                    + "%.1f s (one run)%n", PROFILES, Files.size(output) / 1e9, toFile);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void perCall() throws Exception {
        List<String> command = List.of(launcher(), "advise", "--answers", "-", "--format", "json");
        List<String> lines;
        try (var all = Files.lines(INPUT)) {
            lines = all.limit(CALLS + 5).toList();
        }
        for (int i = 0; i < 5; i++) {
            runProcess(command, lines.get(CALLS + i));
        }
        double[] seconds = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            seconds[i] = runProcess(command, lines.get(i));
        }
        Arrays.sort(seconds);
        double median = seconds[CALLS / 2];
        System.out.printf(Locale.ROOT, "one ./k2advisor advise per profile: median %.3f s a call (min %.3f, max %.3f, %d calls); "
                + "%,d calls would take about %.1f hours%n", median, seconds[0], seconds[CALLS - 1], CALLS, PROFILES,
                median * PROFILES / 3600);
    }

    /** Wall seconds from start to exit; the answers, if any, on standard input. */
    private static double runProcess(List<String> command, String stdin) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + ": " + command);
        }
        return seconds;
    }

    private static String launcher() {
        return Path.of("k2advisor").toAbsolutePath().toString();
    }

    /** The profiles as JSON Lines, made once: the same seed always gives the same file. */
    private static void writeProfiles(Advisor advisor) throws IOException {
        if (Files.exists(INPUT)) {
            return;
        }
        Files.createDirectories(INPUT.getParent());
        Path partial = Files.createTempFile(INPUT.getParent(), "profiles-", ".tmp");
        ObjectMapper json = new ObjectMapper();
        ProfileGenerator generator = new ProfileGenerator(42L, advisor.questions());
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            for (int i = 0; i < PROFILES; i++) {
                out.write(json.writeValueAsString(generator.next()));
                out.write('\n');
            }
        }
        Files.move(partial, INPUT);
    }
}
