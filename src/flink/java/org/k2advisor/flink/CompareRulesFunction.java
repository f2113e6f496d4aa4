package org.k2advisor.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.flink.api.common.accumulators.IntCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.k2advisor.Advisor;
import org.k2advisor.internal.batch.JsonLines;
import org.k2advisor.internal.batch.RulesComparison;

/**
 * Each line advised with the built-in pack and with the changed one, by the same
 * {@link RulesComparison} as {@code k2advisor batch --compare-rules}: a change record goes to the
 * main output, an error object to {@link #ERRORS}, and a line whose advice is the same goes
 * nowhere. A bad line never stops the job; rules that fail do, as they stop the batch.
 *
 * <p>The two Advisors are built once per parallel instance, in {@link #open}, never per record:
 * building one takes about a second, advising a line some tens of microseconds. The changed pack
 * travels inside the function as its files' bytes (a pack is a few hundred KB), so a task manager
 * needs no copy of the directory the job was submitted from.
 */
final class CompareRulesFunction extends ProcessFunction<JsonLines.Line, String> {
    private static final long serialVersionUID = 1L;

    /** The side output of lines that cannot be used: the batch's error objects. */
    static final OutputTag<String> ERRORS = new OutputTag<>("errors") {
        private static final long serialVersionUID = 1L;
    };
    /** How many times {@link #open} built its Advisors, summed over the job (an accumulator). */
    static final String ADVISORS_BUILT = "k2advisor-advisors-built";

    /** File name to content, of the changed pack's directory. */
    private final TreeMap<String, byte[]> packFiles;
    private transient RulesComparison comparison;

    CompareRulesFunction(Map<String, byte[]> packFiles) {
        this.packFiles = new TreeMap<>(packFiles);
    }

    /** The files of a pack directory, to ship with the job. */
    static Map<String, byte[]> readPack(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Override
    public void open(OpenContext context) throws IOException {
        Path directory = Files.createTempDirectory("k2advisor-pack-");
        try {
            for (Map.Entry<String, byte[]> file : packFiles.entrySet()) {
                Files.write(directory.resolve(file.getKey()), file.getValue());
            }
            // Compiled from DRL once here; nothing is read from the directory after this.
            comparison = new RulesComparison(Advisor.builtIn(), Advisor.fromDirectory(directory));
        } finally {
            deleteRecursively(directory);
        }
        IntCounter built = new IntCounter();
        getRuntimeContext().addAccumulator(ADVISORS_BUILT, built);
        built.add(1);
    }

    @Override
    public void processElement(JsonLines.Line line, Context context, Collector<String> out) {
        RulesComparison.Outcome outcome = comparison.compare(line);
        switch (outcome.kind()) {
            case CHANGED -> out.collect(new String(outcome.json(), StandardCharsets.UTF_8));
            case ERROR -> context.output(ERRORS, new String(outcome.json(), StandardCharsets.UTF_8));
            case UNCHANGED -> { }
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
