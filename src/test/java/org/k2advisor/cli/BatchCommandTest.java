package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k2advisor.Advisor;
import org.k2advisor.FhirSamples;
import org.k2advisor.FixturePacks;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.LauncherLogging;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.TestPacks;
import org.k2advisor.schemas.JsonSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * `k2advisor batch` run in-process: output line N belongs to input line N, whatever the threads;
 * a bad line gets its error object and leaves the others alone; a file is written whole or not at all.
 */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUMMARY = "k2advisor batch: ";

    @TempDir
    Path dir;

    @Test
    void whenManyLinesRunOnSeveralThreads_thenEachOutputLineIsTheSequentialReportOfItsLine() throws IOException {
        // Given more lines than the window of chunks in flight holds, so the workers finish out of order
        Advisor advisor = TestPacks.builtIn();
        List<String> lines = profileLines(advisor, 3_000);

        CliRun run = CliRun.withInput(joined(lines), "batch", "--threads", "4");

        // Then every line is the report advise gives for it alone, on one line, in input order
        assertEquals(0, run.exit(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals(lines.size(), out.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(compact(advisor.adviseJson(lines.get(i)).toJson(false)), out.get(i), "line " + (i + 1));
        }
        assertTrue(run.err().startsWith(SUMMARY + "3,000 lines: 3,000 reports, 0 errors, "), run.err());
    }

    @Test
    void whenOneThreadOrFourRunTheSameLines_thenTheOutputIsTheSameBytes() {
        String input = joined(profileLines(TestPacks.builtIn(), 500));

        CliRun one = CliRun.withInput(input, "batch", "--threads", "1");
        CliRun four = CliRun.withInput(input, "batch", "--threads", "4");

        assertEquals(0, one.exit(), one.err());
        assertEquals(one.out(), four.out());
    }

    @Test
    void whenBadLinesAreInTheMiddle_thenEachGetsItsErrorObjectAndTheOthersTheirReports() throws IOException {
        // Given one bad line of each kind between good ones
        String good = "{\"age\": 67, \"diabetes\": true, \"goal\": \"reverse\"}";
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        List<String> lines = List.of(good, "{\"age\": 64,", good, "{\"diabetis\": true}", good, "{\"age\": 131}", good,
                "NOT-UTF8", good, "TOO-LONG", good, "", good, "   ", good);
        for (String line : lines) {
            if (line.equals("NOT-UTF8")) {
                input.writeBytes("{\"sex\": \"f".getBytes(StandardCharsets.UTF_8));
                input.write(0xE9); // Latin-1 é
                input.writeBytes("male\"}".getBytes(StandardCharsets.UTF_8));
            } else if (line.equals("TOO-LONG")) {
                input.writeBytes(("{\"goal\": \"" + "x".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8));
            } else {
                input.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            }
            input.write('\n');
        }

        CliRun run = CliRun.withBytes(input.toByteArray(), "batch", "--threads", "2");

        // Then exit 1, one output line per input line, errors where the bad lines were
        assertEquals(1, run.exit(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals(lines.size(), out.size(), run.out());
        out.forEach(line -> JsonSchemas.assertValid("batch-line.schema.json", line, "a batch line"));
        String report = compact(TestPacks.builtIn().adviseJson(good).toJson(false));
        for (int i = 0; i < lines.size(); i += 2) {
            assertEquals(report, out.get(i), "line " + (i + 1));
        }
        assertError(out.get(1), 2, "malformed_json", "answers", "malformed JSON at column 12");
        assertError(out.get(3), 4, "unknown_id", "diabetis", "unknown answer id (did you mean \"diabetes\"?)");
        assertError(out.get(5), 6, "out_of_range", "age", "131 is out of range");
        assertError(out.get(7), 8, "not_utf8", "answers", "byte 0xE9 (byte 11 of the line) is not UTF-8");
        assertError(out.get(9), 10, "too_long", "answers", "the line is 2,097,164 bytes long; at most 1,048,576 are read");
        assertError(out.get(11), 12, "malformed_json", "answers", "the line is blank");
        assertError(out.get(13), 14, "malformed_json", "answers", "the line is blank");
        assertTrue(run.err().startsWith(SUMMARY + "15 lines: 8 reports, 7 errors (lines 2, 4, 6, 8, 10, ...), "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void whenALineIsBad_thenItsProblemsAreThoseOfInvalidAnswersExceptionToJson() throws IOException {
        String answers = "{\"diabetis\": true, \"age\": 300, \"kidney_disease\": false, \"dialysis\": true}";
        String expected = "";
        try {
            TestPacks.builtIn().adviseJson(answers);
        } catch (InvalidAnswersException e) {
            expected = e.toJson();
        }

        CliRun run = CliRun.withInput(answers + "\n", "batch");

        JsonNode error = JSON.readTree(run.out());
        assertEquals(List.of("line", "problems"), fieldNames(error));
        assertEquals(1, error.get("line").asInt());
        assertEquals(JSON.readTree(expected).get("problems"), error.get("problems"));
        assertEquals(3, error.get("problems").size());
    }

    @Test
    void whenALineIsAQuestionnaireResponse_thenItGetsTheReportOfItsAnswersAsAdviseAnswersGives() throws IOException {
        // Given the example response on one line between answers lines, and one whose status says its answers do not stand
        String response = JSON.readTree(Files.readString(FhirSamples.EXAMPLE)).toString();
        String answers = Files.readString(FhirSamples.EXAMPLE_ANSWERS).strip();
        String withdrawn = response.replace("\"status\":\"completed\"", "\"status\":\"entered-in-error\"");
        assertTrue(withdrawn.contains("entered-in-error"), "the example is completed: " + response);

        CliRun run = CliRun.withInput(String.join("\n", answers, response, withdrawn) + "\n", "batch");

        // Then the response's line is its answers file's report, and the withdrawn one an error naming status
        assertEquals(1, run.exit(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals(3, out.size(), run.out());
        assertEquals(compact(TestPacks.builtIn().adviseJson(answers).toJson(false)), out.get(1));
        assertEquals(out.get(0), out.get(1));
        assertError(out.get(2), 3, "invalid_fhir", "status", "entered-in-error");
        out.forEach(line -> JsonSchemas.assertValid("batch-line.schema.json", line, "a batch line"));
    }

    @Test
    void whenTraceIsAsked_thenEachReportCarriesItsTraceAsAdviseJsonTraceDoes() {
        Advisor advisor = TestPacks.builtIn();
        List<String> lines = profileLines(advisor, 50);

        CliRun run = CliRun.withInput(joined(lines), "batch", "--trace", "--threads", "2");

        assertEquals(0, run.exit(), run.err());
        List<String> out = run.out().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(compact(advisor.adviseJson(lines.get(i)).toJson(true)), out.get(i), "line " + (i + 1));
        }
        assertTrue(out.get(0).contains("\"trace\":[{\"step\":1,"), out.get(0));
        out.forEach(line -> JsonSchemas.assertValid("batch-line.schema.json", line, "a traced batch line"));
    }

    @Test
    void whenLinesEndWithCrLfOrTheLastHasNoEnd_thenTheyReadAsLinesEndedByLf() {
        String a = "{\"age\": 45}";
        String b = "{\"age\": 70, \"smoking\": true}";

        CliRun windows = CliRun.withInput(a + "\r\n" + b + "\r\n", "batch");
        CliRun unterminated = CliRun.withInput(a + "\n" + b, "batch");
        CliRun plain = CliRun.withInput(a + "\n" + b + "\n", "batch");

        assertEquals(0, windows.exit(), windows.err());
        assertEquals(2, plain.out().lines().count());
        assertEquals(plain.out(), windows.out());
        assertEquals(plain.out(), unterminated.out());
    }

    @Test
    void whenTheInputIsEmpty_thenNothingIsWrittenAndTheExitIs0() {
        CliRun run = CliRun.withInput("", "batch");

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(SUMMARY + "0 lines: 0 reports, 0 errors, "), run.err());
    }

    @Test
    void whenStandardErrorIsNotATerminal_thenOnlyTheSummaryLineIsWrittenThere() {
        CliRun run = CliRun.withInput(joined(profileLines(TestPacks.builtIn(), 200)), "batch");

        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("\r") || run.err().contains("\u001b"), "no progress line: " + run.err());
        assertTrue(run.err().matches("k2advisor batch: 200 lines: 200 reports, 0 errors, \\d+\\.\\d s, [\\d,]+ lines/s\\R"),
                run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "257"})
    void whenThreadsIsOutOfRange_thenOneLineSaysTheRangeAndNothingIsRead(String threads) {
        CliRun run = CliRun.withInput("{\"age\": 45}\n", "batch", "--threads", threads);

        BrokenPackCliTest.assertOneLineError(run,
                "k2advisor: --threads: expected a number of threads from 1 to 256, got " + threads);
    }

    @Test
    void whenThreadsIsNotANumber_thenOneLinePointsToTheHelp() {
        CliRun run = CliRun.withInput("{\"age\": 45}\n", "batch", "--threads", "two");

        BrokenPackCliTest.assertOneLineError(run, "'two' is not an int (see `k2advisor batch --help`)");
    }

    @Test
    void whenOutIsAFile_thenTheReportsGoThereAndNothingElseIsLeftInItsFolder() throws IOException {
        Path reports = dir.resolve("reports.jsonl");
        String input = "{\"age\": 45}\n{\"agee\": 45}\n";

        CliRun run = CliRun.withInput(input, "batch", "--out", reports.toString());

        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(CliRun.withInput(input, "batch").out(), Files.readString(reports));
        assertEquals(List.of(reports), filesIn(dir), "no temporary file left behind");
    }

    @Test
    void whenOutExistsWithoutForce_thenItIsLeftAsItWasAndNothingIsRead() throws IOException {
        Path reports = dir.resolve("reports.jsonl");
        Files.writeString(reports, "keep me\n");

        CliRun run = CliRun.withInput("{\"age\": 45}\n", "batch", "--out", reports.toString());

        BrokenPackCliTest.assertOneLineError(run, "k2advisor: --out: ");
        assertTrue(run.err().contains("already exists; add --force to replace it"), run.err());
        assertEquals("keep me\n", Files.readString(reports));
        assertEquals(List.of(reports), filesIn(dir));
    }

    @Test
    void whenOutExistsWithForce_thenItIsReplacedWhole() throws IOException {
        Path reports = dir.resolve("reports.jsonl");
        Files.writeString(reports, "old\n".repeat(10_000));

        CliRun run = CliRun.withInput("{\"age\": 45}\n", "batch", "--out", reports.toString(), "--force");

        assertEquals(0, run.exit(), run.err());
        assertEquals(CliRun.withInput("{\"age\": 45}\n", "batch").out(), Files.readString(reports));
        assertEquals(List.of(reports), filesIn(dir));
    }

    @Test
    void whenOutIsANamedPipe_thenItIsWrittenAsTheBatchGoesAndNeverReplaced() throws Exception {
        // A pipe (or /dev/null) cannot be half-written, and renaming a file over it would replace it:
        // tried on a pipe in a temporary folder, so that a regression cannot replace /dev/null itself.
        Path pipe = dir.resolve("reports.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        var reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        CliRun run = CliRun.withInput("{\"age\": 45}\n", "batch", "--out", pipe.toString(), "--force");

        assertEquals(0, run.exit(), run.err());
        assertEquals(CliRun.withInput("{\"age\": 45}\n", "batch").out(), reader.get(2, TimeUnit.MINUTES));
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "still a pipe");
    }

    @Test
    void whenStandardOutputIsClosed_thenTheBatchStopsWithOneLineInsteadOfAdvisingForNobody() {
        // Given standard output that fails after 100 KB, as a pipe into `head` does
        CountingClosedPipe stdout = new CountingClosedPipe(100 << 10);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] input = joined(profileLines(TestPacks.builtIn(), 2_000)).getBytes(StandardCharsets.UTF_8);

        int exit = Main.run(new java.io.ByteArrayInputStream(input), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "batch", "--threads", "2");

        assertEquals(2, exit);
        assertEquals("k2advisor: --out: cannot write standard output: it was closed; the batch stopped\n",
                err.toString(StandardCharsets.UTF_8));
        assertTrue(stdout.attempted < input.length * 5L, "stopped long before the end: " + stdout.attempted + " bytes");
    }

    /** An output stream that fails like a pipe whose reader has gone, once {@code limit} bytes were written. */
    private static final class CountingClosedPipe extends java.io.OutputStream {
        private final long limit;
        long attempted;

        CountingClosedPipe(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            attempted += length;
            if (attempted > limit) {
                throw new IOException("Broken pipe");
            }
        }
    }

    @Test
    void whenInIsAFile_thenItIsReadAsStandardInputWouldBe() throws IOException {
        Path profiles = dir.resolve("profiles.jsonl");
        String input = joined(profileLines(TestPacks.builtIn(), 20));
        Files.writeString(profiles, input);

        CliRun fromFile = CliRun.of("batch", "--in", profiles.toString());

        assertEquals(0, fromFile.exit(), fromFile.err());
        assertEquals(CliRun.withInput(input, "batch", "--in", "-").out(), fromFile.out());
    }

    @Test
    void whenInCannotBeRead_thenOneLineSaysWhyAndNoFileIsWritten() {
        Path reports = dir.resolve("reports.jsonl");

        CliRun run = CliRun.of("batch", "--in", dir.resolve("missing.jsonl").toString(), "--out", reports.toString());

        BrokenPackCliTest.assertOneLineError(run, "k2advisor: --in: no such file: ");
        assertFalse(Files.exists(reports));
    }

    @Test
    void whenTheRulesFailOnALine_thenTheBatchStopsThereWithOneLineAndWritesNoFile() throws IOException {
        // Given a pack whose rule divides by zero for goal "learn" only, on line 3 of 4
        String pack = FixturePacks.get("consequence-throws").toString();
        String input = "{\"goal\": \"slow\"}\n{\"goal\": \"prevent\"}\n{\"goal\": \"learn\"}\n{\"goal\": \"slow\"}\n";
        Path reports = dir.resolve("reports.jsonl");

        CliRun toFile = CliRun.withInput(input, "batch", "--rules", pack, "--out", reports.toString());
        CliRun toStdout = CliRun.withInput(input, "batch", "--rules", pack, "--threads", "1");

        // Then exit 2 and one line naming the line and the rule; the file is not written at all
        BrokenPackCliTest.assertOneLineError(toFile, "k2advisor: line 3: ");
        assertAll(
                () -> assertTrue(toFile.err().contains("rule \"test.divide_by_zero\" failed: ArithmeticException: / by zero;"
                        + " the batch stopped there, and "), toFile.err()),
                () -> assertTrue(toFile.err().contains("reports.jsonl was not written"), toFile.err()),
                () -> assertEquals(List.of(), filesIn(dir), "neither the file nor a temporary one"));
        // and on standard output the lines before it have been written, and none after
        assertEquals(2, toStdout.exit(), toStdout.err());
        assertEquals(2, toStdout.out().lines().count(), toStdout.out());
        assertTrue(toStdout.err().startsWith("k2advisor: line 3: "), toStdout.err());
    }

    @Test
    void whenRunInAJvmOfItsOwn_thenTheFileHoldsTheReportsAndStandardErrorOnlyTheSummary()
            throws IOException, InterruptedException {
        // Given a file of answers with one bad line, run as the launcher runs the program
        Path profiles = dir.resolve("profiles.jsonl");
        Path reports = dir.resolve("reports.jsonl");
        List<String> lines = new ArrayList<>(profileLines(TestPacks.builtIn(), 100));
        lines.set(41, "{\"age\": \"old\"}");
        Files.writeString(profiles, joined(lines));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath));
        command.addAll(LauncherLogging.flags());
        command.addAll(List.of("org.k2advisor.cli.Main", "batch", "--in", profiles.toString(), "--out", reports.toString()));

        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        // Not a timing check: the bound only keeps a regression from hanging the build.
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the process did not exit");
        }

        // Then exit 1 (a bad line), every line in the file, nothing on standard output, one summary line
        assertEquals(1, process.exitValue(), err);
        assertEquals("", out);
        assertTrue(err.matches("k2advisor batch: 100 lines: 99 reports, 1 error \\(line 42\\), \\d+\\.\\d s, [\\d,]+ lines/s\\R"), err);
        List<String> written = Files.readAllLines(reports);
        assertEquals(100, written.size());
        assertEquals(compact(TestPacks.builtIn().adviseJson(lines.get(0)).toJson(false)), written.get(0));
        assertTrue(written.get(41).startsWith("{\"line\":42,\"problems\":[{\"code\":\"wrong_type\",\"field\":\"age\","), written.get(41));
    }

    @Test
    void whenTheCommandIsMistyped_thenBatchIsSuggested() {
        CliRun run = CliRun.of("bach");

        assertEquals(2, run.exit());
        assertEquals("k2advisor: unknown command \"bach\"; did you mean batch? (see `k2advisor --help`)\n", run.err());
    }

    @Test
    void whenHelpIsAsked_thenItShowsExamplesAndTheExitStatus() {
        CliRun run = CliRun.of("batch", "--help");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("k2advisor batch --in profiles.jsonl --out reports.jsonl"), run.out());
        assertTrue(run.flat().contains("Exit status: 0 every line got a report; 1 some lines got an error object"), run.out());
        assertTrue(CliRun.of("--help").out().contains("batch"), "listed among the commands");
    }

    /** Generated answers, each as one line of JSON. */
    static List<String> profileLines(Advisor advisor, int count) {
        ProfileGenerator generator = new ProfileGenerator(7L, advisor.questions());
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(json(generator.next()));
        }
        return lines;
    }

    private static String json(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String joined(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The pretty JSON of the API, on one line: what a batch line must be. */
    static String compact(String json) {
        try {
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertError(String line, int number, String code, String field, String message) throws IOException {
        JsonNode error = JSON.readTree(line);
        JsonNode problem = error.get("problems").get(0);
        assertAll(line,
                () -> assertEquals(number, error.get("line").asInt()),
                () -> assertEquals(code, problem.get("code").asText()),
                () -> assertEquals(field, problem.get("field").asText()),
                () -> assertTrue(problem.get("message").asText().contains(message), problem.get("message").asText()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
