package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.FixturePacks;
import org.k2advisor.TestPacks;
import org.k2advisor.WhatIfDiff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * `k2advisor batch --compare-rules DIR`: every line advised with two packs, and only the people
 * whose advice changed written, with the what-if diff and both packs; bad lines as in the batch.
 */
class CompareRulesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The real rules with ageing a risk factor from 65, kidney_evidence critical, version 2.1.0. */
    private static final String REVISED = "revised-evidence";

    @TempDir
    Path dir;

    @Test
    void whenThePackChanges_thenExactlyThePeopleWhoseAdviceChangedAreWrittenWithTheirDiff() throws IOException {
        // Given many generated profiles and a revised pack
        Advisor before = TestPacks.builtIn();
        Advisor after = Advisor.fromDirectory(FixturePacks.get(REVISED));
        List<String> lines = BatchCommandTest.profileLines(before, 2_000);

        CliRun run = CliRun.withInput(String.join("\n", lines) + "\n",
                "batch", "--compare-rules", FixturePacks.get(REVISED).toString(), "--threads", "4");

        // Then one record per line whose advice the API's what-if finds different, in input order
        assertEquals(0, run.exit(), run.err());
        List<String> out = run.out().lines().toList();
        int expected = 0;
        for (int i = 0; i < lines.size(); i++) {
            WhatIfDiff diff = diff(before, after, lines.get(i));
            if (diff.adviceSame()) {
                continue;
            }
            JsonNode record = JSON.readTree(out.get(expected++));
            int line = i + 1;
            assertAll("line " + line,
                    () -> assertEquals(line, record.get("line").asInt()),
                    () -> assertEquals(ids(diff.added()), texts(record.get("added"), "id")),
                    () -> assertEquals(ids(diff.removed()), texts(record.get("removed"), "id")),
                    () -> assertEquals(diff.changed().stream().map(c -> c.before().id()).toList(),
                            record.get("changed").findValues("before").stream().map(b -> b.get("id").asText()).toList()));
        }
        assertEquals(expected, out.size(), "nothing for people whose advice is the same");
        assertTrue(expected > 50 && expected < lines.size(), "the fixture changes some people, not all: " + expected);
        assertTrue(run.err().startsWith("k2advisor batch: k2-article 2.0.0 -> k2-article 2.1.0: 2,000 lines: 2,000 compared, "
                + String.format("%,d", expected) + " changed, 0 errors, "), run.err());
    }

    @Test
    void whenAPersonsAdviceChanges_thenTheRecordNamesBothPacksAndWhatCameWentAndChanged() throws IOException {
        // Given a person of 62 (a risk factor before, not after) and one with kidney disease
        String input = "{\"age\": 62}\n{\"age\": 30}\n{\"age\": 70, \"kidney_disease\": true}\n";

        CliRun run = CliRun.withInput(input, "batch", "--compare-rules", FixturePacks.get(REVISED).toString());

        // Then two records, lines 1 and 3; line 2's advice is the same and is not written
        assertEquals(0, run.exit(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals(2, out.size(), run.out());
        JsonNode age = JSON.readTree(out.get(0));
        JsonNode kidney = JSON.readTree(out.get(1));
        assertAll(
                () -> assertEquals(List.of("line", "packs", "added", "removed", "changed"), fieldNames(age)),
                () -> assertEquals(1, age.get("line").asInt()),
                () -> assertEquals("2.0.0", age.at("/packs/before/version").asText()),
                () -> assertEquals("2.1.0", age.at("/packs/after/version").asText()),
                () -> assertEquals(TestPacks.builtIn().knowledgeBase().sha256(), age.at("/packs/before/sha256").asText()),
                () -> assertFalse(age.get("removed").isEmpty(), out.get(0)),
                () -> assertEquals(3, kidney.get("line").asInt()),
                () -> assertEquals(List.of("kidney_evidence"), texts(kidney.get("changed"), "before", "id")),
                () -> assertEquals("warning", kidney.at("/changed/0/before/indicator").asText()),
                () -> assertEquals("critical", kidney.at("/changed/0/after/indicator").asText()));
    }

    @Test
    void whenLinesAreBad_thenEachGetsTheBatchsErrorObjectInInputOrderBesideTheChanges() {
        String input = "{\"age\": 62}\n{\"age\": 64,\n{\"age\": 30}\n\n{\"diabetis\": true}\n{\"age\": 70, \"kidney_disease\": true}\n";

        CliRun compared = CliRun.withInput(input, "batch", "--compare-rules", FixturePacks.get(REVISED).toString());
        CliRun batch = CliRun.withInput(input, "batch");

        // Then exit 1, as the batch; error objects byte for byte those of the batch, at their place
        assertEquals(1, compared.exit(), compared.err());
        List<String> out = compared.out().lines().toList();
        List<String> errors = batch.out().lines().filter(l -> l.startsWith("{\"line\":")).toList();
        assertEquals(5, out.size(), compared.out());
        assertAll(
                () -> assertTrue(out.get(0).startsWith("{\"line\":1,\"packs\":"), out.get(0)),
                () -> assertEquals(errors, List.of(out.get(1), out.get(2), out.get(3))),
                () -> assertTrue(out.get(1).startsWith("{\"line\":2,\"problems\":[{\"code\":\"malformed_json\""), out.get(1)),
                () -> assertTrue(out.get(2).startsWith("{\"line\":4,\"problems\":"), out.get(2)),
                () -> assertTrue(out.get(3).startsWith("{\"line\":5,\"problems\":[{\"code\":\"unknown_id\""), out.get(3)),
                () -> assertTrue(out.get(4).startsWith("{\"line\":6,\"packs\":"), out.get(4)),
                () -> assertTrue(compared.err().startsWith("k2advisor batch: k2-article 2.0.0 -> k2-article 2.1.0: "
                        + "6 lines: 3 compared, 2 changed, 3 errors (lines 2, 4, 5), "), compared.err()));
    }

    @Test
    void whenOneThreadOrFourCompare_thenTheOutputIsTheSameBytes() {
        String input = String.join("\n", BatchCommandTest.profileLines(TestPacks.builtIn(), 600)) + "\n";
        String pack = FixturePacks.get(REVISED).toString();

        CliRun one = CliRun.withInput(input, "batch", "--compare-rules", pack, "--threads", "1");
        CliRun four = CliRun.withInput(input, "batch", "--compare-rules", pack, "--threads", "4");

        assertEquals(0, one.exit(), one.err());
        assertFalse(one.out().isEmpty());
        assertEquals(one.out(), four.out());
    }

    @Test
    void whenThePackIsTheSameRules_thenNobodyIsWritten() {
        String input = String.join("\n", BatchCommandTest.profileLines(TestPacks.builtIn(), 300)) + "\n";

        CliRun run = CliRun.withInput(input, "batch", "--compare-rules", TestPacks.RULES_DIR.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("300 lines: 300 compared, 0 changed, 0 errors"), run.err());
    }

    @Test
    void whenRulesIsGiven_thenItIsThePackComparedFrom() {
        // Given --rules the revised pack and --compare-rules the real rules: the change runs backwards
        CliRun run = CliRun.withInput("{\"age\": 70, \"kidney_disease\": true}\n", "batch",
                "--rules", FixturePacks.get(REVISED).toString(), "--compare-rules", TestPacks.RULES_DIR.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"packs\":{\"before\":{\"name\":\"k2-article\",\"version\":\"2.1.0\""), run.out());
        assertTrue(run.out().contains("\"indicator\":\"critical\""), run.out());
    }

    @Test
    void whenTheDirectoryDoesNotExist_thenOneLineNamesTheOptionAndNoFileIsWritten() throws IOException {
        Path out = dir.resolve("changed.jsonl");

        CliRun run = CliRun.withInput("{\"age\": 62}\n", "batch", "--compare-rules", dir.resolve("nowhere").toString(),
                "--out", out.toString());

        BrokenPackCliTest.assertOneLineError(run, "k2advisor: --compare-rules: ");
        assertTrue(run.err().contains("nowhere is not a directory; give the folder of a knowledge pack"), run.err());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void whenThePackDoesNotLoad_thenOneLineNamesTheOptionAndTheFileAndNoFileIsWritten() throws IOException {
        Path out = dir.resolve("changed.jsonl");

        CliRun run = CliRun.withInput("{\"age\": 62}\n", "batch", "--compare-rules", FixturePacks.get("drl-error").toString(),
                "--out", out.toString());

        BrokenPackCliTest.assertOneLineError(run, "k2advisor: --compare-rules: ");
        assertTrue(run.err().contains("advice.drl"), run.err());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void whenTheComparedPacksRulesFail_thenTheBatchStopsAtThatLineWithOneLine() throws IOException {
        // Given a pack whose rule divides by zero for goal "learn" only, on line 2 of 3
        Path out = dir.resolve("changed.jsonl");
        String input = "{\"goal\": \"slow\"}\n{\"goal\": \"learn\"}\n{\"goal\": \"slow\"}\n";

        CliRun run = CliRun.withInput(input, "batch", "--compare-rules", FixturePacks.get("consequence-throws").toString(),
                "--out", out.toString());

        BrokenPackCliTest.assertOneLineError(run, "k2advisor: line 2: ");
        assertTrue(run.err().contains("changed.jsonl was not written"), run.err());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void whenTheComparedPacksTextIsUnsafe_thenItLoadsOnlyWithAllowUnsafeText() {
        String pack = FixturePacks.get("unsafe-text").toString();

        CliRun refused = CliRun.withInput("{\"age\": 62}\n", "batch", "--compare-rules", pack);
        CliRun allowed = CliRun.withInput("{\"age\": 62}\n", "batch", "--compare-rules", pack, "--allow-unsafe-text");

        BrokenPackCliTest.assertOneLineError(refused, "k2advisor: --compare-rules: ");
        assertEquals(0, allowed.exit(), allowed.err());
    }

    @Test
    void whenTraceIsAskedWithCompareRules_thenOneLineSaysTheyDoNotGoTogether() {
        CliRun run = CliRun.withInput("{}\n", "batch", "--trace", "--compare-rules", TestPacks.RULES_DIR.toString());

        BrokenPackCliTest.assertOneLineError(run, "k2advisor: --trace: cannot be used with --compare-rules");
    }

    @Test
    void whenCompareRulesGoesToAFile_thenTheFileHoldsTheChangesWhole() throws IOException {
        Path out = dir.resolve("changed.jsonl");

        CliRun run = CliRun.withInput("{\"age\": 62}\n{\"age\": 30}\n", "batch", "--compare-rules",
                FixturePacks.get(REVISED).toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(out), filesIn(dir));
        assertEquals(1, Files.readAllLines(out).size());
    }

    private static WhatIfDiff diff(Advisor before, Advisor after, String answers) {
        return org.k2advisor.internal.explain.WhatIf.between(before.adviseJson(answers), after.adviseJson(answers));
    }

    private static List<String> ids(List<AdviceItem> items) {
        return items.stream().map(AdviceItem::id).toList();
    }

    private static List<String> texts(JsonNode array, String... path) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : array) {
            JsonNode value = node;
            for (String field : path) {
                value = value.get(field);
            }
            values.add(value.asText());
        }
        return values;
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
