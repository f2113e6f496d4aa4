package org.k2advisor.flink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The job's package-private parts, for the benchmark in org.k2advisor.bench. */
public final class CompareRulesBench {
    private CompareRulesBench() {}

    public static Map<String, byte[]> readPack(Path directory) throws IOException {
        return CompareRulesFunction.readPack(directory);
    }

    public static String build(StreamExecutionEnvironment env, String in, Map<String, byte[]> pack, String out,
            int parallelism) {
        return CompareRulesJob.build(env, new CompareRulesJob.Options(in, pack, out, parallelism));
    }
}
