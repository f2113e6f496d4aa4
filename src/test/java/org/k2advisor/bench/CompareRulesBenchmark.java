package org.k2advisor.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.k2advisor.Advisor;
import org.k2advisor.FixturePacks;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.cli.Main;
import org.k2advisor.flink.CompareRulesBench;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The throughput of re-advising a population with a changed pack, quoted in the README ("Batch
 * with a changed pack"): {@code batch --compare-rules} in this JVM beside the Flink job on a
 * MiniCluster with one task manager of 2 slots, taking turns, so that a noisy machine slows both
 * alike. The input is generated profiles (ProfileGenerator, seed 42; 100,000 unless
 * {@code -Dbench.profiles=N}) and the pack is the test fixture revised-evidence.
 *
 * <p>Run from the project folder after {@code mvn -q -DskipTests package test-compile} and
 * {@code mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-class-path.txt}:
 * {@code java -cp "target/classes:target/test-classes:$(cat target/test-class-path.txt)" org.k2advisor.bench.CompareRulesBenchmark}
 *
 * <p>One untimed run of each, then {@code -Dbench.rounds=} (5) rounds of one run each; it quotes
 * each one's median wall time and lines a second, and for Flink also the job's own run time as
 * Flink reports it (from submission to the end, the cluster already up). The one-machine command
 * runs with 2 threads, the job with parallelism 2: the same two cores.
 */
public final class CompareRulesBenchmark {
    private CompareRulesBenchmark() {}

    public static void main(String[] args) throws Exception {
        // As the launcher and the tests: warnings only, and Flink's start-up notes left out.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.flink", "error");
        int profiles = Integer.getInteger("bench.profiles", 100_000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path input = writeProfiles(profiles);
        Path pack = FixturePacks.get("revised-evidence");
        Map<String, byte[]> packFiles = CompareRulesBench.readPack(pack);

        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(2).build());
        cluster.start();
        TestStreamEnvironment.setAsContext(cluster, 2);
        try {
            double[] batch = new double[rounds];
            double[] flink = new double[rounds];
            double[] flinkJob = new double[rounds];
            long changed = oneMachine(input, pack);
            flink(input, packFiles);
            System.out.printf(Locale.ROOT, "%,d profiles, %,d changed; warm-up done%n", profiles, changed);
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                oneMachine(input, pack);
                batch[r] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                JobExecutionResult result = flink(input, packFiles);
                flink[r] = (System.nanoTime() - start) / 1e9;
                flinkJob[r] = result.getNetRuntime() / 1e3;
                System.out.printf(Locale.ROOT, "round %d: batch --compare-rules %.2f s, Flink job %.2f s (net %.2f s); load %.2f%n",
                        r + 1, batch[r], flink[r], flinkJob[r],
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            report("batch --compare-rules --threads 2", batch, profiles);
            report("Flink job, parallelism 2 (wall)", flink, profiles);
            report("Flink job, parallelism 2 (Flink's net run time)", flinkJob, profiles);
        } finally {
            TestStreamEnvironment.unsetAsContext();
            cluster.close();
        }
    }

    private static long oneMachine(Path input, Path pack) throws IOException {
        Path out = Path.of("target/bench/compare-out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(InputStream.nullInputStream(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                "batch", "--in", input.toString(), "--compare-rules", pack.toString(), "--threads", "2",
                "--out", out.toString(), "--force");
        if (exit != 0) {
            throw new IllegalStateException("batch --compare-rules exited " + exit + ": " + err);
        }
        try (Stream<String> lines = Files.lines(out)) {
            return lines.count();
        }
    }

    private static JobExecutionResult flink(Path input, Map<String, byte[]> packFiles) throws Exception {
        Path out = Path.of("target/bench/compare-flink-out");
        deleteRecursively(out);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        String name = CompareRulesBench.build(env, input.toString(), packFiles, out.toString(), 2);
        return env.execute(name);
    }

    private static void report(String what, double[] seconds, int profiles) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf(Locale.ROOT, "%-50s median %.2f s, %,.0f lines/s (runs: %s)%n", what, median, profiles / median,
                Arrays.toString(seconds));
    }

    private static Path writeProfiles(int count) throws IOException {
        Path file = Path.of("target/bench/compare-profiles-" + count + ".jsonl");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        ObjectMapper json = new ObjectMapper();
        ProfileGenerator generator = new ProfileGenerator(42L, Advisor.builtIn().questions());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(json.writeValueAsString(generator.next()));
                out.write('\n');
            }
        }
        return file;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
