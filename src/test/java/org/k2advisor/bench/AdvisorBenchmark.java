package org.k2advisor.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.k2advisor.Advisor;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.Report;

/**
 * The performance numbers quoted in the README, measured here rather than asserted in a unit test.
 *
 * <p>Run after `mvn -q -DskipTests package test-compile`:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.k2advisor.bench.AdvisorBenchmark [all|throughput|heap|oneshot]}
 *
 * <ul>
 * <li>throughput: one thread, one shared Advisor, generated profiles, the trace always recorded.
 *     Warm-up 1,000,000 evaluations (C2 is still compiling at 300,000), then 5 rounds of 200,000; quotes the median round and the
 *     p50/p99 of single-call latency taken in a separate timed pass of 200,000 calls.</li>
 * <li>heap: retained heap of the compiled built-in pack: used heap after full GCs before and
 *     after building the first Advisor (run "heap" alone, in a fresh JVM), then per further
 *     Advisor over 5 more that are kept alive.</li>
 * <li>oneshot: 21 runs of the launcher ({@code ./k2advisor advise --answers ...}), JVM start to
 *     exit, after one untimed run; quotes the median wall time.</li>
 * </ul>
 */
public final class AdvisorBenchmark {
    private static final int WARM_UP = 1_000_000;
    private static final int ROUND = 200_000;
    private static final int ROUNDS = 5;

    private AdvisorBenchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "all" : args[0];
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.arch"));
        if (mode.equals("all") || mode.equals("throughput")) {
            throughput();
        }
        if (mode.equals("all") || mode.equals("heap")) {
            heap();
        }
        if (mode.equals("all") || mode.equals("oneshot")) {
            oneShot();
        }
    }

    private static void throughput() {
        Advisor advisor = Advisor.builtIn();
        List<Map<String, Object>> profiles = profiles(advisor, 10_000);
        long sink = run(advisor, profiles, WARM_UP);
        double[] rates = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            sink += run(advisor, profiles, ROUND);
            rates[r] = ROUND / ((System.nanoTime() - start) / 1e9);
        }
        long[] latencies = new long[ROUND];
        for (int i = 0; i < ROUND; i++) {
            long start = System.nanoTime();
            Report report = advisor.advise(profiles.get(i % profiles.size()));
            latencies[i] = System.nanoTime() - start;
            sink += report.trace().size();
        }
        Arrays.sort(rates);
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "throughput (1 thread, trace recorded): median %.0f profiles/s, rounds %s%n",
                rates[ROUNDS / 2], Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()));
        System.out.printf(Locale.ROOT, "latency: p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs (sink %d)%n",
                latencies[ROUND / 2] / 1e3, latencies[ROUND * 99 / 100] / 1e3, latencies[ROUND * 999 / 1000] / 1e3, sink);
    }

    private static long run(Advisor advisor, List<Map<String, Object>> profiles, int count) {
        long sink = 0;
        for (int i = 0; i < count; i++) {
            sink += advisor.advise(profiles.get(i % profiles.size())).trace().size();
        }
        return sink;
    }

    /** Run in a fresh JVM ("heap" alone) so the first pack also pays Drools' one-time static state. */
    private static void heap() {
        long before = usedAfterGc();
        List<Advisor> kept = new ArrayList<>();
        kept.add(Advisor.builtIn());
        long afterFirst = usedAfterGc();
        for (int i = 0; i < 5; i++) {
            kept.add(Advisor.builtIn());
        }
        long afterMore = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap: first built-in pack %.2f MB (with Drools' one-time state), "
                + "each further pack %.2f MB (%d advisors kept)%n", (afterFirst - before) / 1e6,
                (afterMore - afterFirst) / 5.0 / 1e6, kept.size());
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void oneShot() throws Exception {
        Path launcher = Path.of("k2advisor").toAbsolutePath();
        List<String> command = List.of(launcher.toString(), "advise", "--answers", "examples/answers/risk-factors.json");
        runProcess(command);
        double[] seconds = new double[21];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            runProcess(command);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "one-shot advise via the launcher: median %.3f s, min %.3f s, max %.3f s (21 runs)%n",
                seconds[10], seconds[0], seconds[20]);
    }

    private static void runProcess(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("launcher failed: " + command);
        }
    }

    private static List<Map<String, Object>> profiles(Advisor advisor, int count) {
        ProfileGenerator generator = new ProfileGenerator(42L, advisor.questions());
        List<Map<String, Object>> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            profiles.add(advisor.validate(generator.next()));
        }
        return profiles;
    }
}
