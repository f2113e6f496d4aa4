package org.k2advisor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.k2advisor.Advisor;

/**
 * `POST /v1/advice` under load on loopback, beside the same work in process, in one run.
 *
 * <p>Needs wrk (Debian: {@code apt-get install wrk}) and the launcher built. Run after
 * `mvn -q -DskipTests package test-compile`:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" org.k2advisor.bench.ServiceLoadBenchmark}
 *
 * <p>The service runs as `./k2advisor serve` in its own process, its access log to a file. wrk
 * uses 2 threads and 8 connections, closed loop, one realistic answers document. After a 20 s
 * warm-up, 5 rounds of 10 s alternate with 5 rounds of the same work in this JVM on 2 threads
 * (parse the JSON, advise without trace, write the JSON); medians and the ratio are quoted.
 */
public final class ServiceLoadBenchmark {
    private static final String BODY = "{\"age\": 67, \"sex\": \"male\", \"diabetes\": true, \"high_blood_pressure\": \"unknown\", "
            + "\"anticoagulant\": \"none\", \"k2_foods\": \"rarely\", \"goal\": \"reverse\"}";
    private static final int ROUNDS = 5;
    private static final int SECONDS = 10;
    private static final Pattern PORT = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)");

    private ServiceLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path script = Files.createTempFile("k2advisor-post", ".lua");
        Files.writeString(script, "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = '"
                + BODY + "'\n");
        Path log = Files.createTempFile("k2advisor-access", ".log");
        Process server = new ProcessBuilder("./k2advisor", "serve", "--port", "0").redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = port(server, log);
            String url = "http://127.0.0.1:" + port + "/v1/advice";
            wrk(script, url, 20);
            Advisor advisor = Advisor.builtIn().withoutTrace();
            inProcess(advisor, 5);
            double[] served = new double[ROUNDS];
            double[] p50 = new double[ROUNDS];
            double[] p99 = new double[ROUNDS];
            double[] local = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                double[] w = wrk(script, url, SECONDS);
                served[r] = w[0];
                p50[r] = w[1];
                p99[r] = w[2];
                local[r] = inProcess(advisor, SECONDS);
                System.out.printf(Locale.ROOT, "round %d: service %.0f req/s (p50 %.2f ms, p99 %.2f ms); in process %.0f/s%n",
                        r + 1, served[r], p50[r], p99[r], local[r]);
            }
            double s = median(served);
            double l = median(local);
            System.out.printf(Locale.ROOT, "median: service %.0f req/s, p50 %.2f ms, p99 %.2f ms; in process %.0f/s; "
                    + "in process / service = %.2f%n", s, median(p50), median(p99), l, l / s);
            System.out.printf(Locale.ROOT, "machine: %d cores, load average %.2f at the end%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** Reads the server's standard error until it says where it listens, then copies the rest to the log. */
    private static int port(Process server, Path log) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = PORT.matcher(line);
            if (m.find()) {
                Thread copier = new Thread(() -> {
                    try (var out = Files.newBufferedWriter(log)) {
                        err.transferTo(out);
                    } catch (IOException e) {
                        // the server ended
                    }
                });
                copier.setDaemon(true);
                copier.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("the server ended before it listened");
    }

    /** requests/s, p50 ms, p99 ms. */
    private static double[] wrk(Path script, String url, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + seconds + "s", "--latency", "-s", script.toString(), url)
                .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        return new double[] {number(out, "Requests/sec:\\s+([\\d.]+)"), millis(out, "50%"), millis(out, "99%")};
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double millis(String text, String percentile) {
        Matcher m = Pattern.compile(percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " in:\n" + text);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** What one request does, minus HTTP, on 2 threads for the given time; returns calls/s. */
    private static double inProcess(Advisor advisor, int seconds) throws InterruptedException {
        AtomicLong calls = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread thread = new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    sink.addAndGet(advisor.adviseJson(BODY).toJson(false).length());
                    n++;
                }
                calls.addAndGet(n);
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return calls.get() / (double) seconds + (sink.get() == 42 ? 1 : 0);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
