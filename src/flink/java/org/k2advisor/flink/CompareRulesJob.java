package org.k2advisor.flink;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.k2advisor.Advisor;
import org.k2advisor.AdvisorException;
import org.k2advisor.internal.batch.JsonLines;

/**
 * {@code k2advisor batch --compare-rules} on Apache Flink: a bounded job that reads one JSON Lines
 * file of answers, advises every line with the built-in pack and with a changed pack, and writes
 * the people whose advice changed to {@code OUT/changed/} and the lines that cannot be used to
 * {@code OUT/errors/}. Each record is byte for byte the line {@code batch --compare-rules} writes
 * for that input line; the batch writes both kinds into one file in input order, Flink into part
 * files in no order (sort them by {@code line}).
 *
 * <pre>flink run -c org.k2advisor.flink.CompareRulesJob target/k2advisor-flink-job.jar \
 *     --in hdfs:///answers/people.jsonl --compare-rules /path/to/pack --out hdfs:///answers/changed-2026-12</pre>
 */
public final class CompareRulesJob {
    static final String USAGE = "usage: CompareRulesJob --in FILE --compare-rules DIR --out DIR [--parallelism N]";

    private CompareRulesJob() {}

    /**
     * What to run.
     *
     * @param in the answers, one JSON object a line, on any file system Flink reads
     * @param packFiles the changed pack's files, read on the client
     * @param out the folder for changed/ and errors/
     * @param parallelism the number of parallel comparisons, or 0 for the cluster's default
     */
    record Options(String in, Map<String, byte[]> packFiles, String out, int parallelism) {}

    public static void main(String[] args) throws Exception {
        int exit = run(args, System.err);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Parses, checks, runs; returns the exit status (2 for anything the caller can fix, with one line on err). */
    static int run(String[] args, PrintStream err) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println("k2advisor flink: " + e.getMessage());
            return 2;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobExecutionResult result = env.execute(build(env, options));
        Integer built = result.getAccumulatorResult(CompareRulesFunction.ADVISORS_BUILT);
        err.println("k2advisor flink: done in " + result.getNetRuntime() + " ms; advisors built: " + built);
        return 0;
    }

    /** Adds the job to {@code env} and returns its name, for {@code env.execute}. */
    static String build(StreamExecutionEnvironment env, Options options) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        FileSource<JsonLines.Line> source = FileSource
                .forRecordStreamFormat(new JsonLinesFormat(), new org.apache.flink.core.fs.Path(options.in()))
                .build();
        SingleOutputStreamOperator<String> changed = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "answers")
                // One reader per file: spread its lines over every parallel comparison.
                .rebalance()
                .process(new CompareRulesFunction(options.packFiles()))
                .name("compare with the changed pack");
        if (options.parallelism() > 0) {
            // On the operator itself: in batch mode Flink's adaptive scheduler otherwise picks a
            // parallelism from the input's size in bytes, which says little about rule evaluation.
            changed.setParallelism(options.parallelism());
        }
        changed.sinkTo(sink(options.out(), "changed")).name("changed");
        changed.getSideOutput(CompareRulesFunction.ERRORS).sinkTo(sink(options.out(), "errors")).name("errors");
        return "k2advisor compare-rules";
    }

    private static FileSink<String> sink(String out, String folder) {
        return FileSink.forRowFormat(new org.apache.flink.core.fs.Path(out, folder), new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build())
                .build();
    }

    static Options parse(String[] args) throws UsageException, IOException {
        String in = null;
        String pack = null;
        String out = null;
        int parallelism = 0;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.equals("--in") && !name.equals("--compare-rules") && !name.equals("--out")
                    && !name.equals("--parallelism")) {
                throw new UsageException("unknown option " + name + "; " + USAGE);
            }
            if (i + 1 == args.length) {
                throw new UsageException(name + ": a value is missing; " + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--in" -> in = value;
                case "--compare-rules" -> pack = value;
                case "--out" -> out = value;
                default -> parallelism = parallelism(value);
            }
        }
        if (in == null || pack == null || out == null) {
            throw new UsageException((in == null ? "--in" : pack == null ? "--compare-rules" : "--out")
                    + " is required; " + USAGE);
        }
        org.apache.flink.core.fs.Path target = new org.apache.flink.core.fs.Path(out);
        if (target.getFileSystem().exists(target)) {
            throw new UsageException("--out: " + out + " already exists; give a folder that does not, so that "
                    + "no part file of an earlier run is taken for one of this run");
        }
        return new Options(in, packFiles(pack), out, parallelism);
    }

    private static int parallelism(String value) throws UsageException {
        try {
            int count = Integer.parseInt(value);
            if (count >= 1 && count <= 4096) {
                return count;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--parallelism: expected a number from 1 to 4096, got " + value);
    }

    /** Loads the pack here first, so that a broken one is one line now, not a failed job later. */
    private static Map<String, byte[]> packFiles(String pack) throws UsageException, IOException {
        Path directory = Path.of(pack);
        if (!Files.isDirectory(directory)) {
            throw new UsageException("--compare-rules: " + pack + " is not a directory; give the folder of a "
                    + "knowledge pack, laid out like the repository's rules/");
        }
        try {
            Advisor.fromDirectory(directory);
        } catch (AdvisorException e) {
            throw new UsageException("--compare-rules: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return CompareRulesFunction.readPack(directory);
    }

    /** Something the person who ran the job can fix: one line, exit 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
