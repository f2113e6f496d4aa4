package org.k2advisor.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToLongFunction;

import org.k2advisor.Advisor;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.Report;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.engine.RawDrools;

/**
 * The performance numbers quoted in the README, measured here rather than asserted in a unit test.
 *
 * <p>Run after `mvn -q -DskipTests package test-compile`:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.k2advisor.bench.AdvisorBenchmark [all|throughput|threads|heap|oneshot]}
 *
 * <ul>
 * <li>throughput: the same generated profiles through four variants that take turns within one run,
 *     so a noisy shared machine slows them all alike: "traced" (one shared Advisor, answers validated,
 *     trace recorded but not read), "trace read" (as traced, and every trace step's text read),
 *     "untraced" ({@link Advisor#withoutTrace()}) and "raw" (Drools alone on the same rules: no
 *     validation, no listener, no report; see {@link RawDrools}). Warm-up 1,000,000 evaluations of each
 *     (C2 is still compiling at 300,000), then 5 rounds; in each round every variant runs 200,000
 *     calls on one thread, then traced, untraced and raw run 200,000 calls on each of two threads.
 *     Quotes each variant's median round and its ratio to raw, then the p50/p99 of single-call latency
 *     from a separate timed pass of 200,000 calls per variant.</li>
 * <li>threads: the two-thread rounds alone (traced and raw, at least 7 rounds), for comparing JVM runs.</li>
 * <li>heap: retained heap of the compiled built-in pack: used heap after full GCs before and
 *     after building the first Advisor (run "heap" alone, in a fresh JVM), then per further
 *     Advisor over 5 more that are kept alive.</li>
 * <li>oneshot: 21 runs of the launcher ({@code ./k2advisor advise --answers ...}), JVM start to
 *     exit, after one untimed run; quotes the median wall time.</li>
 * </ul>
 *
 * <p>The counts can be lowered for a quick look: {@code -Dbench.warmup=}, {@code -Dbench.round=},
 * {@code -Dbench.rounds=}.
 */
public final class AdvisorBenchmark {
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 1_000_000);
    private static final int ROUND = Integer.getInteger("bench.round", 200_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    /** One way to evaluate a profile; returns something derived from the result so nothing is optimised away. */
    private record Variant(String name, ToLongFunction<Map<String, Object>> call) {}

    private AdvisorBenchmark() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "all" : args[0];
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, %s; load average at start: %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (mode.equals("all") || mode.equals("throughput")) {
            throughput(true, ROUNDS);
        }
        if (mode.equals("threads")) {
            throughput(false, Math.max(ROUNDS, 7));
        }
        if (mode.equals("all") || mode.equals("heap")) {
            heap();
        }
        if (mode.equals("all") || mode.equals("oneshot")) {
            oneShot();
        }
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void throughput(boolean oneThread, int rounds) throws InterruptedException {
        // On a loaded machine a descheduled call can pass the 2 s default; a benchmark must not stop there.
        Advisor advisor = Advisor.builtIn().withTimeBudget(Duration.ofHours(1));
        Advisor untraced = advisor.withoutTrace();
        RawDrools raw = new RawDrools();
        List<Map<String, Object>> profiles = profiles(advisor, 10_000);
        Variant traced = new Variant("traced", p -> advisor.advise(p).trace().size());
        Variant read = new Variant("trace read", p -> readTrace(advisor.advise(p)));
        Variant bare = new Variant("untraced", p -> untraced.advise(p).advice().size());
        Variant drools = new Variant("raw Drools", raw::run);
        List<Variant> single = oneThread ? List.of(traced, read, bare, drools) : List.of();
        List<Variant> pair = oneThread ? List.of(traced, bare, drools) : List.of(traced, drools);
        long sink = 0;
        for (Variant v : single.isEmpty() ? pair : single) {
            sink += run(v, profiles, 0, WARM_UP);
        }
        Map<String, double[]> rates1 = new LinkedHashMap<>();
        Map<String, double[]> rates2 = new LinkedHashMap<>();
        single.forEach(v -> rates1.put(v.name(), new double[rounds]));
        pair.forEach(v -> rates2.put(v.name(), new double[rounds]));
        for (int r = 0; r < rounds; r++) {
            for (Variant v : single) {
                long start = System.nanoTime();
                sink += run(v, profiles, 0, ROUND);
                rates1.get(v.name())[r] = ROUND / ((System.nanoTime() - start) / 1e9);
            }
            for (Variant v : pair) {
                rates2.get(v.name())[r] = twoThreads(v, profiles);
            }
        }
        report("1 thread", rates1, drools.name());
        report("2 threads", rates2, drools.name());
        if (oneThread) {
            for (Variant v : List.of(traced, bare, drools)) {
                sink += latency(v, profiles);
            }
        }
        System.out.println("(sink " + sink + ")");
    }

    /** Every step's text, as a renderer reads it: with a lazily built trace this is where the strings are made. */
    private static long readTrace(Report report) {
        long length = 0;
        for (TraceStep step : report.trace()) {
            length += step.rule().length() + step.claims().size();
            for (String fact : step.matched()) {
                length += fact.length();
            }
            for (String fact : step.inserted()) {
                length += fact.length();
            }
            length += step.updated().size() + step.retracted().size();
        }
        return length;
    }

    /** Two threads on one shared variant, ROUND calls each, started together; profiles per second over both. */
    private static double twoThreads(Variant v, List<Map<String, Object>> profiles) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        long[] sinks = new long[2 * 16]; // far apart: the threads must not share a cache line here
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                sinks[index * 16] = run(v, profiles, index * profiles.size() / 2, ROUND);
            }, "bench-" + t);
            threads[t].start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double rate = 2.0 * ROUND / ((System.nanoTime() - start) / 1e9);
        return sinks[0] + sinks[16] == Long.MIN_VALUE ? 0 : rate;
    }

    private static void report(String label, Map<String, double[]> rates, String baseline) {
        if (rates.isEmpty()) {
            return;
        }
        double base = median(rates.get(baseline));
        rates.forEach((name, values) -> System.out.printf(Locale.ROOT,
                "throughput (%s) %-10s median %,7.0f profiles/s (%.2f of raw Drools), rounds %s%n", label, name,
                median(values), median(values) / base, Arrays.toString(Arrays.stream(values).mapToLong(Math::round).toArray())));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long latency(Variant v, List<Map<String, Object>> profiles) {
        long[] latencies = new long[ROUND];
        long sink = 0;
        for (int i = 0; i < ROUND; i++) {
            long start = System.nanoTime();
            sink += v.call().applyAsLong(profiles.get(i % profiles.size()));
            latencies[i] = System.nanoTime() - start;
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "latency %-10s p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs%n", v.name(),
                latencies[ROUND / 2] / 1e3, latencies[ROUND * 99 / 100] / 1e3, latencies[ROUND * 999 / 1000] / 1e3);
        return sink;
    }

    private static long run(Variant v, List<Map<String, Object>> profiles, int from, int count) {
        long sink = 0;
        int size = profiles.size();
        for (int i = 0; i < count; i++) {
            sink += v.call().applyAsLong(profiles.get((from + i) % size));
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
