package org.k2advisor.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.Question;

class PackReaderDefaultsTest {
    @TempDir
    Path pack;

    @Test
    void whenTheBuiltInPackLoads_thenDefaultsAreCanonicalAndSafetyQuestionsHaveNone() {
        Map<String, Object> defaults = PackReader.builtIn().questions().stream()
                .filter(q -> q.defaultAnswer() != null)
                .collect(Collectors.toMap(Question::id, Question::defaultAnswer));

        assertEquals(Map.of("k2_foods", "sometimes", "goal", "learn"), defaults);
        assertNull(question("urgent_symptoms").defaultAnswer(), "a default could hide an emergency");
        assertNull(question("anticoagulant").defaultAnswer(), "a default could hide a drug interaction");
    }

    @Test
    void whenADefaultIsNotAnAllowedAnswer_thenThePackFailsNamingTheFileAndQuestion() throws IOException {
        copyRulesWith("\"default\": \"learn\"", "\"default\": \"cure\"");

        KnowledgePackException e = assertThrows(KnowledgePackException.class, () -> PackReader.directory(pack));

        assertEquals(pack.resolve("questionnaire.json") + ": question 'goal': 'default' expected one of \"reverse\", "
                + "\"slow\", \"prevent\", \"learn\", got \"cure\"", e.getMessage());
    }

    @Test
    void whenANumericDefaultIsOutOfRange_thenThePackFails() throws IOException {
        copyRulesWith("\"unit\": \"years\",", "\"unit\": \"years\", \"default\": 200,");

        KnowledgePackException e = assertThrows(KnowledgePackException.class, () -> PackReader.directory(pack));

        assertEquals(pack.resolve("questionnaire.json") + ": question 'age': 'default' 200 is out of range: expected "
                + "a whole number from 0 to 130 or \"unknown\"", e.getMessage());
    }

    @Test
    void whenADefaultIsNotAScalar_thenThePackFails() throws IOException {
        copyRulesWith("\"default\": \"learn\"", "\"default\": [\"learn\"]");

        KnowledgePackException e = assertThrows(KnowledgePackException.class, () -> PackReader.directory(pack));

        assertEquals(pack.resolve("questionnaire.json") + ": question 'goal': 'default' must be a string, number or boolean",
                e.getMessage());
    }

    private static Question question(String id) {
        return PackReader.builtIn().questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private void copyRulesWith(String from, String to) throws IOException {
        for (String name : List.of("pack.json", "advice.json", "findings.drl", "advice.drl")) {
            Files.copy(Path.of("rules", name), pack.resolve(name));
        }
        String questionnaire = Files.readString(Path.of("rules", "questionnaire.json"), StandardCharsets.UTF_8);
        if (!questionnaire.contains(from)) {
            throw new IllegalStateException("the questionnaire no longer contains " + from);
        }
        Files.writeString(pack.resolve("questionnaire.json"), questionnaire.replace(from, to), StandardCharsets.UTF_8);
    }
}
