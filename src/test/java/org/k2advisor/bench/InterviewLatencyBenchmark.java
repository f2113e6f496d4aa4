package org.k2advisor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.k2advisor.Advisor;
import org.k2advisor.LauncherLogging;
import org.k2advisor.cli.interview.Conversation;
import org.k2advisor.cli.interview.InterviewSession;
import org.k2advisor.cli.interview.LineSource;
import org.k2advisor.cli.interview.Style;
import org.k2advisor.internal.pack.PackReader;

/**
 * How long a person waits between pressing Enter on the last answer of `k2advisor ask` and
 * seeing the report; the target is 100 ms at most. A main to run by hand, not a unit test:
 * timings belong to the machine, and a timed test would fail on a busy one.
 *
 * <p>Method. A scripted person answers all nineteen questions of the built-in pack through
 * {@link InterviewSession}, wired as `k2advisor ask` wires it: questions from PackReader, the
 * advisor built (and warmed once) by {@link InterviewSession#prepareInBackground}. Like any real
 * person, who needs far more than the second or so the background build takes to answer nineteen
 * questions, it presses the last Enter (the one at the summary that asks for the report) only
 * once that build is done. The clock starts when that Enter's line is handed to the interview and
 * stops when the report's first line is written. Two series:
 * <ul>
 *   <li>cold: every sample a fresh JVM with the launcher's flags, running its first and only
 *       interview: what a person at the terminal experiences;</li>
 *   <li>warm: {@value #WARM_UP} interviews in this JVM to warm it up, then {@value #SAMPLES}
 *       measured: the floor once everything is compiled.</li>
 * </ul>
 * Each series reports its median (the number to quote), minimum and maximum.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package}, then
 * {@code java -cp "target/test-classes:target/k2advisor.jar:target/lib/*" org.k2advisor.bench.InterviewLatencyBenchmark}
 */
public final class InterviewLatencyBenchmark {
    static final int COLD_RUNS = 15;
    static final int WARM_UP = 30;
    static final int SAMPLES = 100;
    private static final String REPORT_HEAD = "K2 Advisor: what the evidence says";
    private static final String CHILD_FLAG = "--one-cold-run";

    /** Every question of the built-in pack, gated ones included, then Enter at the summary. */
    private static final List<String> PERSON = List.of("no", "67", "male", "no", "yes", "no", "yes", "don't know",
            "no", "no", "no", "yes", "yes", "450", "yes", "90", "rarely", "yes", "slow", "");

    private InterviewLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(CHILD_FLAG)) {
            System.out.println(oneInterview());
            return;
        }
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            cold.add(coldRun());
        }
        for (int i = 0; i < WARM_UP; i++) {
            oneInterview();
        }
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            warm.add(oneInterview());
        }
        System.out.println("Enter on the last answer -> report (target <= 100 ms)");
        System.out.println(summary("cold, a fresh JVM per sample", cold));
        System.out.println(summary("warm, after " + WARM_UP + " interviews", warm));
    }

    /** One interview in this JVM; returns nanoseconds from the last Enter to the report. */
    static long oneInterview() {
        CompletableFuture<Advisor> advisor = InterviewSession.prepareInBackground(Advisor::builtIn);
        long[] clock = new long[2];
        LineSource person = new LineSource() {
            private int next;

            @Override
            public String readLine(String prompt, List<String> completions) {
                if (next == PERSON.size() - 1) {
                    advisor.join();
                    clock[0] = System.nanoTime();
                }
                return next < PERSON.size() ? PERSON.get(next++) : null;
            }
        };
        OutputStream screen = new OutputStream() {
            @Override
            public void write(int b) {
                // Single bytes are never the report: it is written as one block.
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (clock[1] == 0 && new String(bytes, offset, length, StandardCharsets.ISO_8859_1).contains(REPORT_HEAD)) {
                    clock[1] = System.nanoTime();
                }
            }
        };
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        new InterviewSession(PackReader.builtIn(), Map.of(), "", advisor, null)
                .run(new Conversation(person, out, Style.plain(), 80), out);
        if (clock[0] == 0 || clock[1] == 0) {
            throw new IllegalStateException("the interview did not reach its report");
        }
        return clock[1] - clock[0];
    }

    private static long coldRun() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(LauncherLogging.flags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), InterviewLatencyBenchmark.class.getName(), CHILD_FLAG));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("cold run failed: " + output);
        }
        return Long.parseLong(output.lines().reduce((first, last) -> last).orElseThrow());
    }

    private static String summary(String series, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return String.format(Locale.ROOT, "  %-32s median %6.1f ms   min %6.1f ms   max %6.1f ms   (n = %d)",
                series, median / 1e6, sorted.get(0) / 1e6, sorted.get(n - 1) / 1e6, n);
    }
}
