package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.pack.PackReader;

/**
 * The interview has no questions of its own: it asks, offers and checks exactly what the pack's
 * questionnaire defines, through the same normalizer that checks JSON answers.
 */
class SameDefinitionTest {
    @TempDir
    Path pack;

    @Test
    void whenAPackBringsOtherQuestions_thenTheInterviewAsksAndValidatesThoseAsAdviseDoes() throws IOException {
        // Given the built-in rules beside a three-question questionnaire (age 18-99, goal learn|prevent)
        assemblePack();
        Advisor advisor = Advisor.fromDirectory(pack);

        // When a person answers with values the built-in pack would accept but this one does not
        CliRun ask = CliRun.withInput(CliRun.lines("17", "?", "", "yes", "reverse", "prevent", "", "quit"),
                "ask", "--rules", pack.toString());

        // Then the pack's questions, allowed answers, default and help are what the interview shows
        String flat = ask.flat();
        assertEquals(0, ask.exit(), ask.err());
        assertTrue(flat.contains("Question 1 of about 3: Your age in years, please?"), flat);
        assertTrue(flat.contains("a whole number from 18 to 99, or don't know (Enter: 40) >"), flat);
        assertTrue(flat.contains("Why we ask: This fixture pack is for adults only."), flat);
        assertTrue(flat.contains("Question 3 of about 3: Pick one: learn or prevent?"), flat);
        assertFalse(flat.contains("Right now, do you have chest pain"), "no question of the built-in pack is asked");
        // And each refusal is, word for word, what JSON validation says for the same answer
        assertTrue(flat.contains("Sorry, that does not fit: " + problem(advisor, "age", "17") + ". Please try again."), flat);
        assertTrue(flat.contains("Sorry, that does not fit: " + problem(advisor, "goal", "reverse") + "."), flat);
        assertTrue(flat.contains("Your answers: age: 40; k2_supplement: yes; goal: prevent."), flat);
        assertTrue(ask.out().contains("K2 Advisor: what the evidence says for your answers"), ask.out());
    }

    @Test
    void whenTheInterviewOffersAnAnswerOrADefault_thenTheNormalizerAcceptsIt() throws IOException {
        assemblePack();
        List<Question> questions = Stream.concat(PackReader.builtIn().questions().stream(),
                PackReader.directory(pack).questions().stream()).toList();
        AnswerNormalizer normalizer = new AnswerNormalizer(questions);

        for (Question q : questions) {
            for (String offered : AnswerNormalizer.offered(q)) {
                assertDoesNotThrow(() -> normalizer.normalizeValue(q, offered), q.id() + " offers " + offered);
            }
            if (q.defaultAnswer() != null) {
                assertEquals(q.defaultAnswer(), normalizer.normalizeValue(q, q.defaultAnswer()), q.id());
            }
        }
    }

    /** What validating one JSON answer says, without the answer id in front. */
    private static String problem(Advisor advisor, String id, String value) {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> advisor.validate(Map.of(id, value)));
        return e.getMessage().substring(id.length() + 2);
    }

    private void assemblePack() throws IOException {
        for (String name : List.of("pack.json", "advice.json", "findings.drl", "advice.drl")) {
            Files.copy(Path.of("rules", name), pack.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(Path.of("src/test/resources/packs/three-questions/questionnaire.json"), pack.resolve("questionnaire.json"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
