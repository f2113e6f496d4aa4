package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.FixturePacks;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.answers.ValueEcho;

/**
 * Every kind of bad input: one line on standard error per problem, each naming the field and what
 * is allowed, exit code 2, nothing on standard output, no stack trace, and no line longer than
 * {@link #MAX_LINE} characters, however large the input (values are echoed at most ~40 characters).
 * Each size bound stands in for a time bound: an input that is never expanded is handled at once.
 */
class BadInputTest {
    /** No message line may be longer: the longest fixed text plus a 40-character echo fits well within it. */
    static final int MAX_LINE = 250;
    private static final String LONG = "x".repeat(100_000);
    /** 10, in 117 characters: a BigDecimal of two digits, but longer than any number the advisor reads. */
    private static final String LONG_TEN = "1E+" + "0".repeat(113) + "1";

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                Arguments.of("{\"age\": 64,", "answers: malformed JSON at line"),
                Arguments.of("[1, 2]", "answers: expected a JSON object"),
                Arguments.of("", "answers: expected a JSON object"),
                Arguments.of("{\"diabetis\": true}", "diabetis: unknown answer id (did you mean \"diabetes\"?)"),
                // An empty or blank id has no name to put before the colon (found by AnswerNormalizerFuzzTest).
                Arguments.of("{\"\": true}", "k2advisor: answers: \"\" is not an answer id (see `k2advisor questions` for the ids)"),
                Arguments.of("{\" \\t\": true}", "k2advisor: answers: \" \\t\" is not an answer id (see `k2advisor questions`"),
                Arguments.of("{\"age\": \"old\"}", "age: expected a whole number from 0 to 130 or \"unknown\", got \"old\""),
                Arguments.of("{\"age\": 45.5}", "age: expected a whole number from 0 to 130"),
                Arguments.of("{\"age\": -1}", "age: -1 is out of range: expected a whole number from 0 to 130"),
                Arguments.of("{\"age\": 131}", "age: 131 is out of range"),
                Arguments.of("{\"cac_scan\": true, \"cac_score\": -5}", "cac_score: -5 is out of range: expected a number from 0 to 20000"),
                Arguments.of("{\"diabetes\": 3}", "diabetes: expected true, false or \"unknown\", got 3"),
                Arguments.of("{\"goal\": \"cure\"}", "goal: expected one of \"reverse\", \"slow\", \"prevent\", \"learn\""),
                Arguments.of("{\"diabetes\": null}", "diabetes: expected true, false or \"unknown\", got null"),
                Arguments.of("{\"age\": {\"years\": 3}}", "age: expected a whole number from 0 to 130 or \"unknown\", got an object"),
                Arguments.of("{\"goal\": [\"slow\"]}", "goal: expected one of \"reverse\", \"slow\", \"prevent\", \"learn\", got an array"),
                Arguments.of("{\"kidney_disease\": false, \"dialysis\": true}",
                        "dialysis: applies only when kidney_disease is true (it is false)"),
                Arguments.of("{\"k2_supplement\": false, \"k2_dose_mcg\": 100}",
                        "k2_dose_mcg: applies only when k2_supplement is true (it is false)"),
                Arguments.of("{\"cac_scan\": \"unknown\", \"cac_score\": 10}",
                        "cac_score: applies only when cac_scan is true (it is \"unknown\")"),
                Arguments.of("{\"cac_scan\": false, \"cac_score\": 10}", "cac_score: applies only when cac_scan is true"),
                // Numbers beyond a double, or far beyond any range: bounded before they are expanded.
                Arguments.of("{\"age\": 1e309}", "age: 1E+309 is out of range: expected a whole number from 0 to 130"),
                Arguments.of("{\"age\": 1e400}", "age: 1E+400 is out of range"),
                Arguments.of("{\"cac_scan\": true, \"cac_score\": 3001e309}",
                        "cac_score: 3.001E+312 is out of range: expected a number from 0 to 20000"),
                Arguments.of("{\"age\": 1e999999999}", "age: 1E+999999999 is out of range"),
                Arguments.of("{\"age\": 1e2147483647}", "age: 1E+2147483647 is out of range"),
                Arguments.of("{\"k2_dose_mcg\": -1e2147483648}", "k2_dose_mcg: -1e2147483648 is out of range"),
                Arguments.of("{\"age\": 1" + "0".repeat(199) + "}", "age: \"1" + "0".repeat(39) + "... (200 characters)\" is too long"),
                // One bound on a number's text for every path: 117 characters that make 10 are still too long.
                Arguments.of("{\"age\": " + LONG_TEN + "}", "age: \"1E+" + "0".repeat(37) + "... (117 characters)\" is too long: "
                        + "expected a whole number from 0 to 130 or \"unknown\", in at most 100 characters"),
                // A nonzero number below the smallest double is refused, never silently 0, whatever its exponent.
                Arguments.of("{\"cac_scan\": true, \"cac_score\": 1e-400}", "cac_score: 1E-400 is out of range: too close to 0 to tell "
                        + "from it; expected a number from 0 to 20000 or \"unknown\""),
                Arguments.of("{\"cac_scan\": true, \"cac_score\": 1e-2147483648}", "cac_score: 1e-2147483648 is out of range: too close "
                        + "to 0"),
                // "No" or "don't know" to a gated question says nothing about its gate: never implied.
                Arguments.of("{\"dialysis\": false}", "dialysis: answer kidney_disease first: dialysis applies only when "
                        + "kidney_disease is true, and \"no\" to dialysis does not say whether it is"),
                Arguments.of("{\"dialysis\": \"unknown\"}", "dialysis: answer kidney_disease first"),
                Arguments.of("{\"vitamin_d_high\": \"no\"}", "vitamin_d_high: answer vitamin_d_supplement first"),
                Arguments.of("{\"cac_score\": \"don't know\"}", "cac_score: answer cac_scan first: cac_score applies only when "
                        + "cac_scan is true, and \"don't know\" to cac_score does not say whether it is"),
                Arguments.of("{\"k2_dose_mcg\": \"unknown\"}", "k2_dose_mcg: answer k2_supplement first"),
                Arguments.of("{\"pregnant\": true}", "pregnant: answer sex first: pregnant applies only when sex is one of "
                        + "\"female\", \"other\""),
                Arguments.of("{\"age\": 1" + "0".repeat(1999) + "}", "age: a number longer than the advisor reads (1000 characters)"),
                // Anything after the object is an error, not silently ignored.
                Arguments.of("{\"age\": 64} {\"age\": 65}", "answers: malformed JSON at line 1, column 13: something follows the answers object"),
                Arguments.of("{\"age\": 64} junk", "answers: malformed JSON at line 1, column 13: something follows"),
                Arguments.of("{\"age\": 64} // a comment", "answers: malformed JSON at line 1, column 13: something follows"),
                Arguments.of("{\"age\": 64}\n\n/* a comment */\n", "answers: malformed JSON at line 3, column 1: something follows"),
                // Jackson's errors in our words, never its feature flags or character codes.
                Arguments.of("{\"age\": 64 /* why */}", "answers: malformed JSON at line 1, column 12: comments are not allowed in JSON"),
                Arguments.of("{\"age\": NaN}", "NaN and Infinity are not JSON numbers; write \"unknown\""),
                Arguments.of("{\"age\": -Infinity}", "NaN and Infinity are not JSON numbers"),
                Arguments.of("{\"age\": +64}", "a JSON number may not start with +"),
                Arguments.of("{\"age\": 064}", "a number may not start with 0: write 5, not 05"),
                Arguments.of("{\"age\": 6.}", "a decimal point must be followed by a digit"),
                Arguments.of("{\"age\": 6e}", "an exponent (e) must be followed by a digit"),
                Arguments.of("{\"age\": -}", "a minus sign must be followed by a digit"),
                Arguments.of("{\"age\": .5}", "a number must start with a digit: write 0.5, not .5"),
                Arguments.of("{'age': 64}", "answer ids need double quotes, not single quotes"),
                Arguments.of("{age: 64}", "expected an answer id in double quotes, such as \"age\""),
                Arguments.of("{\"goal\": 'slow'}", "text needs double quotes, not single quotes"),
                Arguments.of("{\"age\": 64,}", "malformed JSON at line 1, column 12: a comma before } is not allowed"),
                Arguments.of("{\"age\": 64 \"sex\": \"male\"}", "expected a comma between two answers, or } after the last"),
                Arguments.of("{\"age\" 64}", "expected a colon after the answer id"),
                Arguments.of("{\"age\": tru}", "unknown word \"tru\": a value is a \"quoted string\", a number, true, false or null"),
                Arguments.of("{\"age\": }", "expected a value: a \"quoted string\", a number, true, false or null"),
                Arguments.of("{\"goal\": \"slow}", "a string is not closed: its closing \" is missing"),
                Arguments.of("{\"go", "an answer id is not closed: its closing \" is missing"),
                Arguments.of("{\"age\":", "the JSON ends before the answers object is closed with }"),
                Arguments.of("{\"goal\": \"sl\now\"}", "a control character (such as a line break or a tab) inside quotes must be escaped"),
                Arguments.of("{\"goal\": \"sl\\qow\"}", "a backslash in a string starts an escape"),
                Arguments.of("\u0001{\"age\": 64}", "a control character is not allowed between values"),
                Arguments.of("{\"age\": 64]", "this ] does not close anything that is open here"),
                Arguments.of("{\"age\": " + "[".repeat(2000) + "]".repeat(2000) + "}", "arrays or objects nested deeper than the advisor reads"),
                Arguments.of("{\"age\": 50, \"age\": 51}", "answers: malformed JSON at line 1, column 13: \"age\" is given twice"),
                // Values are echoed at most ~40 characters, with control characters escaped.
                Arguments.of("{\"goal\": \"" + LONG + "\"}", "goal: expected one of \"reverse\", \"slow\", \"prevent\", \"learn\", got \""
                        + "x".repeat(40) + "... (100000 characters)\""),
                Arguments.of("{\"goal\": \"\\u001b[2Jslow\\nnow\"}", "goal: expected one of \"reverse\", \"slow\", \"prevent\", \"learn\", got "
                        + "\"\\u001b[2Jslow\\nnow\""),
                Arguments.of("{\"goal\": \"" + "\\u0008".repeat(100) + "\"}", "goal: expected one of \"reverse\", \"slow\", "
                        + "\"prevent\", \"learn\", got \"\\u0008\\u0008"),
                Arguments.of("{\"" + "x".repeat(5000) + "\": 1}", "xxxxxxxxxx... (5000 characters): unknown answer id (see `k2advisor questions` for the ids)"),
                Arguments.of("{\"" + LONG + "\": 1}", "answers: an answer id longer than the advisor reads (10000 characters)"),
                Arguments.of("{\"goal\": \"" + "x".repeat(AnswersSource.MAX_BYTES) + "\"}",
                        "answers: the answers are larger than 1 MiB"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badAnswers")
    void whenAnswersAreBad_thenOneLineNamesTheFieldAndExitIs2(String answers, String expectedMessage) {
        CliRun run = CliRun.withInput(answers, "advise", "--answers", "-");
        assertRejected(run, expectedMessage);
    }

    @Test
    void whenSeveralAnswersAreBad_thenEachGetsItsOwnLineUnknownIdsFirstThenQuestionnaireOrder() {
        // Given four problems of four kinds
        String answers = "{\"goal\": \"cure\", \"diabetes\": 3, \"agee\": 5, \"kidney_disease\": false, \"dialysis\": true}";

        // When
        CliRun run = CliRun.withInput(answers, "advise", "--answers", "-");

        // Then every one is reported, one line each
        assertRejected(run,
                "agee: unknown answer id (did you mean \"age\"?)",
                "dialysis: applies only when kidney_disease is true (it is false)",
                "diabetes: expected true, false or \"unknown\", got 3",
                "goal: expected one of \"reverse\", \"slow\", \"prevent\", \"learn\", got \"cure\"");
    }

    static Stream<Arguments> badBytes() {
        String answers = "{\"sex\": \"f\u00e9male\"}";
        byte[] utf16NoMark = answers.getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("Latin-1", answers.getBytes(StandardCharsets.ISO_8859_1),
                        "answers: not UTF-8: byte 0xE9 on line 1 is not UTF-8 (Latin-1 or Windows-1252 text?); save the answers as UTF-8"),
                Arguments.of("UTF-16 with a byte-order mark", answers.getBytes(StandardCharsets.UTF_16),
                        "answers: not UTF-8: they are UTF-16 (they start with a UTF-16 byte-order mark)"),
                Arguments.of("UTF-16 without a mark", utf16NoMark, "answers: not UTF-8: line 1 holds a NUL byte, as UTF-16 text does"),
                Arguments.of("UTF-8 cut off mid-character", Arrays.copyOf("{\"sex\": \"\u00e9".getBytes(StandardCharsets.UTF_8), 10),
                        "answers: not UTF-8: byte 0xC3 on line 1 is not UTF-8"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badBytes")
    void whenTheBytesAreNotUtf8_thenTheSameLineComesFromStandardInputAndFromAFile(String what, byte[] bytes, String expected,
            @TempDir Path dir) throws IOException {
        // Given the same bytes on standard input and in a file
        Path file = dir.resolve("answers.json");
        Files.write(file, bytes);

        // When each is read
        CliRun fromStdin = CliRun.withBytes(bytes, "advise", "--answers", "-");
        CliRun fromFile = CliRun.of("advise", "--answers", file.toString());

        // Then each is refused with the same words, never decoded into U+FFFD
        assertRejected(fromStdin, expected);
        assertEquals(fromStdin.err(), fromFile.err());
    }

    @Test
    void whenAFileStartsWithAUtf8ByteOrderMark_thenItIsReadAsIfItHadNone(@TempDir Path dir) throws IOException {
        // Given answers as Notepad saves them, with a UTF-8 byte-order mark
        byte[] withMark = ("\uFEFF{\"age\": 67, \"sex\": \"female\"}").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("notepad.json");
        Files.write(file, withMark);

        // When read from the file and from standard input
        CliRun fromFile = CliRun.of("advise", "--answers", file.toString(), "--format", "json");
        CliRun fromStdin = CliRun.withBytes(withMark, "advise", "--answers", "-", "--format", "json");

        // Then both give the report for the answers without the mark
        CliRun plain = CliRun.of("advise", "--set", "age=67", "--set", "sex=female", "--format", "json");
        assertEquals(0, fromFile.exit(), fromFile.err());
        assertEquals(plain.out(), fromFile.out());
        assertEquals(plain.out(), fromStdin.out());
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(new String[] {"advise"}, "answers: give --answers FILE"),
                Arguments.of(new String[] {"advise", "--set", "age"}, "--set: expected id=value"),
                Arguments.of(new String[] {"advise", "--set", " =5"}, "--set: expected id=value, such as --set age=64, got \" =5\""),
                Arguments.of(new String[] {"advise", "--set", "age=200"}, "age: 200 is out of range"),
                Arguments.of(new String[] {"advise", "--answers", "no/such/file.json"}, "--answers: no such file: no/such/file.json"),
                Arguments.of(new String[] {"advise", "--set", "age=50", "--format", "xml"}, "--format"),
                Arguments.of(new String[] {"advise", "--sett", "age=50"},
                        "unknown option \"--sett\"; did you mean --set? (see `k2advisor advise --help`)"),
                Arguments.of(new String[] {"advise", "--set", "age=50", "--rules", "no/such/dir"},
                        "--rules: no/such/dir is not a directory"),
                Arguments.of(new String[] {"questions", "--format", "yaml"}, "--format"),
                Arguments.of(new String[] {"nonsense"}, "unknown command \"nonsense\" (see `k2advisor --help`)"),
                Arguments.of(new String[] {"advis", "--set", "age=50"}, "unknown command \"advis\"; did you mean advise? (see `k2advisor --help`)"),
                Arguments.of(new String[] {"explain", "why"}, "Missing required parameter: 'ADVICE_ID' (see `k2advisor explain why --help`)"),
                Arguments.of(new String[] {"explain", "why-nott", "food_sources"}, "unknown command \"why-nott\"; did you mean why-not?"),
                Arguments.of(new String[] {"explain", "why", LONG, "--set", "age=50"}, "unknown advice id \"" + "x".repeat(40) + "... (100000 characters)\""),
                // The numbers of issue 8: each once took seconds and gigabytes, or crashed.
                Arguments.of(new String[] {"advise", "--set", "age=1e999999999"},
                        "age: 1e999999999 is out of range: expected a whole number from 0 to 130 or \"unknown\""),
                Arguments.of(new String[] {"advise", "--set", "age=1e2147483647"}, "age: 1e2147483647 is out of range"),
                Arguments.of(new String[] {"advise", "--set", "age=" + "9".repeat(5000)},
                        "age: \"" + "9".repeat(40) + "... (5000 characters)\" is too long"),
                Arguments.of(new String[] {"advise", "--set", "age=" + LONG_TEN}, "age: \"1E+" + "0".repeat(37)
                        + "... (117 characters)\" is too long: expected a whole number from 0 to 130 or \"unknown\", in at most 100 characters"),
                Arguments.of(new String[] {"advise", "--set", "cac_scan=yes", "--set", "cac_score=1e-400"},
                        "cac_score: 1e-400 is out of range: too close to 0 to tell from it"),
                Arguments.of(new String[] {"advise", "--set", "cac_scan=yes", "--set", "cac_score=1e-2147483648"},
                        "cac_score: 1e-2147483648 is out of range: too close to 0 to tell from it"),
                Arguments.of(new String[] {"advise", "--set", "dialysis=false"}, "dialysis: answer kidney_disease first: dialysis "
                        + "applies only when kidney_disease is true, and \"no\" to dialysis does not say whether it is"),
                Arguments.of(new String[] {"advise", "--set", "dialysis=unknown"}, "dialysis: answer kidney_disease first"),
                Arguments.of(new String[] {"advise", "--set", "vitamin_d_high=false"}, "vitamin_d_high: answer vitamin_d_supplement first"),
                Arguments.of(new String[] {"advise", "--set", "goal=\u001b]0;pwned\u0007\u202eslow"},
                        "goal: expected one of \"reverse\", \"slow\", \"prevent\", \"learn\", got \"\\u001b]0;pwned\\u0007\\u202eslow\""),
                Arguments.of(new String[] {"advise", "--set", LONG + "=1"}, "xxxxxxxxxx... (100000 characters): unknown answer id"),
                Arguments.of(new String[] {"advise", "--set", "age=50", "--format", LONG}, "... (100000 characters)'"),
                Arguments.of(new String[] {"advise", "--answers", ""}, "--answers: the file name is empty; give a file, or - for standard input"),
                Arguments.of(new String[] {"advise", "--answers", "src"}, "--answers: src is a directory; give an answers file"),
                Arguments.of(new String[] {"advise", "--answers", LONG}, "--answers: cannot read ..." + "x".repeat(40) + ": File name too long"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badArguments")
    void whenArgumentsAreBad_thenOneLineAndExitIs2(String[] args, String expectedMessage) {
        assertRejected(CliRun.of(args), expectedMessage);
    }

    @Test
    void whenTheAnswersFileCannotBeRead_thenTheReasonIsSaidInWords() {
        // Root reads any file, so the words are checked on the exception Java gives a user who may not.
        assertEquals("permission denied", AnswersSource.reason(new AccessDeniedException("answers.json")));
        assertEquals("Input/output error", AnswersSource.reason(new FileSystemException("answers.json", null, "Input/output error")));
    }

    @Test
    void whenTheAnswersFileIsNotReadable_thenItSaysPermissionDenied(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("locked.json");
        Files.writeString(file, "{\"age\": 67}");
        Files.setPosixFilePermissions(file, Set.of());
        if (Files.isReadable(file)) {
            // Root reads any file of ours, but not a write-only sysctl: the kernel checks its mode even for root.
            file = Path.of("/proc/sys/vm/compact_memory");
        }
        assumeTrue(Files.exists(file) && !Files.isReadable(file), "no file here that the tests cannot read");

        assertRejected(CliRun.of("advise", "--answers", file.toString()), "--answers: cannot read " + ValueEcho.path(file.toString())
                + ": permission denied");
    }

    @Test
    void whenADrlFileDoesNotCompile_thenTheErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.copyOfRules(dir);
        Path drl = pack.resolve("advice.drl");
        Files.writeString(drl, Files.readString(drl).replace("Finding(kind == \"goal\", value == \"learn\")",
                "Finding(kind == \"goal\", value === \"learn\")"));
        // Drools logs through slf4j to the process's own System.err, which CliRun does not capture.
        PrintStream realErr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        CliRun run;
        try {
            run = CliRun.of("advise", "--set", "age=50", "--rules", pack.toString());
        } finally {
            System.setErr(realErr);
        }
        assertRejected(run, drl + ":");
        assertTrue(run.err().matches("(?s).*advice\\.drl:\\d+: .*"), run.err());
        assertEquals("", logged.toString(StandardCharsets.UTF_8), "no log lines besides our one-line error");
    }

    @Test
    void whenARuleHasNoClaimMetadata_thenTheErrorNamesTheRuleAndItsLine(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.copyOfRules(dir);
        Path drl = pack.resolve("findings.drl");
        Files.writeString(drl, Files.readString(drl).replace("    @claims(\"A18\")\n", ""));
        assertRejected(CliRun.of("advise", "--set", "age=50", "--rules", pack.toString()),
                drl + ":" + FixturePacks.lineOf(drl, "rule \"finding.supplement.k2\"") + ": rule \"finding.supplement.k2\" has no @claims");
    }

    @Test
    void whenARuleCitesAnUnknownClaim_thenTheErrorNamesTheClaim(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.copyOfRules(dir);
        Path drl = pack.resolve("findings.drl");
        Files.writeString(drl, Files.readString(drl).replace("@claims(\"A18\")", "@claims(\"A18 Z99\")"));
        assertRejected(CliRun.of("advise", "--set", "age=50", "--rules", pack.toString()),
                "rule \"finding.supplement.k2\" cites unknown claim Z99");
    }

    @Test
    void whenAPackFileIsMissing_thenTheErrorNamesIt(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.copyOfRules(dir);
        Files.delete(pack.resolve("advice.json"));
        assertRejected(CliRun.of("advise", "--set", "age=50", "--rules", pack.toString()),
                pack.resolve("advice.json") + ": missing");
    }

    @Test
    void whenAnAdviceItemHasNoCaveat_thenThePackIsRejected(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.copyOfRules(dir);
        Path advice = pack.resolve("advice.json");
        Files.writeString(advice, Files.readString(advice).replaceFirst("\"caveat\": \"[^\"]*\"", "\"caveat\": \"\""));
        assertRejected(CliRun.of("advise", "--set", "age=50", "--rules", pack.toString()), "'caveat' must be a non-empty string");
    }


    /** Exit 2, nothing on stdout, and exactly one short line per expected problem, in order. */
    static void assertRejected(CliRun run, String... expectedLines) {
        List<String> lines = run.err().lines().toList();
        assertAll(
                () -> assertEquals(2, run.exit(), run.err()),
                () -> assertEquals("", run.out(), "nothing may reach standard output"),
                () -> assertEquals(expectedLines.length, lines.size(), "one line per problem: " + run.err()));
        for (int i = 0; i < expectedLines.length; i++) {
            String line = lines.get(i);
            String expected = expectedLines[i];
            assertAll(
                    () -> assertTrue(line.startsWith("k2advisor: "), line),
                    () -> assertTrue(line.contains(expected), "expected [" + expected + "] in: " + line),
                    () -> assertTrue(line.length() <= MAX_LINE, "a line of " + line.length() + " characters: " + line),
                    () -> assertFalse(line.contains("Exception") || line.contains("\tat "), line),
                    () -> assertFalse(line.matches("(?s).*(Feature|StreamRead|JsonRead|CTRL-CHAR|\\(code \\d+\\)|Jackson|com\\.fasterxml).*"),
                            "the JSON library's internals leaked: " + line));
        }
    }
}
