package org.k2advisor.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.k2advisor.FixturePacks;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.TestPacks;

/** The problems a reader can read past: loading stops at the first, checking lists them all. */
class PackReaderProblemsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "min-over-max        | questionnaire.json:22: question 'age': 'min' 140 is greater than 'max' 130",
        "duplicate-question  | questionnaire.json:315: question 'smoking' is defined twice (first at line 183)",
        "empty-questionnaire | questionnaire.json:2: 'questions' is empty",
        "unlisted-drl        | pack.json:5: 'rules' does not list extra.drl"})
    void whenAPackHasOne_thenLoadingRefusesItNamingFileAndLine(String fixture, String message) {
        Path pack = FixturePacks.get(fixture);

        KnowledgePackException e = assertThrows(KnowledgePackException.class, () -> PackReader.directory(pack));

        assertEquals(pack + "/" + message, e.getMessage().substring(0, pack.toString().length() + 1 + message.length()));
    }

    @Test
    void whenAPackHasSeveral_thenCheckingListsEveryOneAndStillReadsThePack(@TempDir Path dir) throws IOException {
        Path pack = TestPacks.copyOfRules(dir);
        edit(pack.resolve("questionnaire.json"), "\"min\": 0,\n      \"max\": 130,", "\"min\": 140,\n      \"max\": 130,");
        edit(pack.resolve("questionnaire.json"), "\"id\": \"calcium_supplement\",", "\"id\": \"smoking\",");
        Files.writeString(pack.resolve("draft.drl"), "package k2advisor.rules;\n", StandardCharsets.UTF_8);

        PackReader.Checked checked = PackReader.check(pack);

        assertEquals(List.of(pack.resolve("pack.json") + ":5: 'rules' does not list draft.drl (every .drl file must be "
                        + "listed, in load order)",
                pack.resolve("questionnaire.json") + ":22: question 'age': 'min' 140 is greater than 'max' 130, so no "
                        + "number can be answered",
                pack.resolve("questionnaire.json") + ":315: question 'smoking' is defined twice (first at line 183)"),
                checked.problems().stream().sorted().map(PackProblem::toString).toList());
        assertNotNull(checked.pack());
        assertNull(checked.unreadable());
        assertEquals(1, checked.pack().questions().stream().filter(q -> q.id().equals("smoking")).count(),
                "the second definition is left out, so the checks after reading see each id once");
    }

    @Test
    void whenTheBuiltInPackIsChecked_thenTheReaderFindsNothing() {
        assertEquals(List.of(), PackReader.check(null).problems());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer contains " + from);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
