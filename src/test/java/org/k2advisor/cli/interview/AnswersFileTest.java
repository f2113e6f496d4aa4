package org.k2advisor.cli.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersFileTest {
    @TempDir
    Path dir;

    @Test
    void whenSavedOverAnOlderFile_thenTheFileHoldsExactlyTheNewAnswers() throws IOException {
        // Given an older, longer file
        Path file = dir.resolve("answers.json");
        Files.writeString(file, "{\"age\": 50, \"diabetes\": true, \"goal\": \"reverse\", \"k2_foods\": \"often\"}\n");
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("age", 67L);
        answers.put("high_cholesterol", "unknown");
        answers.put("k2_dose_mcg", 90.5);

        // When
        AnswersFile.write(file, answers);

        // Then
        assertEquals("{\n  \"age\": 67,\n  \"high_cholesterol\": \"unknown\",\n  \"k2_dose_mcg\": 90.5\n}\n",
                Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), list());
    }

    @Test
    void whenTheMoveFails_thenNothingIsLeftBehind() throws IOException {
        // Given a target that cannot be replaced: a folder that is not empty
        Path target = dir.resolve("answers.json");
        Files.createDirectories(target.resolve("inside"));

        // When / Then
        assertThrows(IOException.class, () -> AnswersFile.write(target, Map.of("age", 67L)));
        assertEquals(List.of(target), list(), "no temporary file remains");
    }

    @Test
    void whenReplacingIsNotAllowed_thenAnExistingFileIsLeftExactlyAsItWas() throws IOException {
        // Given someone's earlier answers
        Path file = dir.resolve("answers.json");
        Files.writeString(file, "{\"age\": 50}");

        // When a save may not replace it
        assertThrows(FileAlreadyExistsException.class, () -> AnswersFile.write(file, Map.of("age", 67L), false));

        // Then it is untouched, and no temporary file is left beside it
        assertEquals("{\"age\": 50}", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), list());
        assertEquals("it already exists", AnswersFile.problem(new FileAlreadyExistsException(file.toString())));
    }

    @Test
    void whenReplacingIsNotAllowedAndNoFileIsThere_thenItIsWrittenReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("new.json");

        AnswersFile.write(file, Map.of("age", 67L), false);

        assertEquals("{\n  \"age\": 67\n}\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(List.of(file), list());
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
