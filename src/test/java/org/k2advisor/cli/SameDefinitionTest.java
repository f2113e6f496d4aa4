package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.FixturePacks;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

/**
 * The interview has no questions of its own: it asks, offers and checks exactly what the pack's
 * questionnaire defines, through the same normalizer that checks JSON answers.
 */
class SameDefinitionTest {
    private final Path pack = FixturePacks.get("three-questions");

    @Test
    void whenAPackBringsOtherQuestions_thenTheInterviewAsksAndValidatesThoseAsAdviseDoes() {
        // Given a pack with three questions of its own (age 18-99, goal learn|prevent)
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
        // And what it refuses is what JSON validation refuses, told in the prompt's own words
        assertThrows(InvalidAnswersException.class, () -> advisor.validate(Map.of("age", "17")));
        assertThrows(InvalidAnswersException.class, () -> advisor.validate(Map.of("goal", "reverse")));
        assertTrue(flat.contains("Sorry, 17 is out of range. Please answer a whole number from 18 to 99, or don't know."), flat);
        assertTrue(flat.contains("Sorry, \"reverse\" is not an answer here. Please answer learn or prevent."), flat);
        assertTrue(flat.contains("1 Age: 40 2 K2 supplement: yes 3 Goal: prevent"), flat);
        assertTrue(ask.out().contains("K2 Advisor: what the evidence says for your answers"), ask.out());
    }

    @Test
    void whenTheInterviewOffersAnAnswerOrADefault_thenTheNormalizerAcceptsIt() {
        for (KnowledgePack source : List.of(PackReader.builtIn(), PackReader.directory(pack))) {
            checkOffersAndDefaults(source);
        }
    }

    private static void checkOffersAndDefaults(KnowledgePack source) {
        AnswerNormalizer normalizer = source.normalizer();
        for (Question q : source.questions()) {
            for (String offered : AnswerNormalizer.offered(q)) {
                assertDoesNotThrow(() -> normalizer.normalizeValue(q, offered), q.id() + " offers " + offered);
            }
            if (q.defaultAnswer() != null) {
                assertEquals(q.defaultAnswer(), normalizer.normalizeValue(q, q.defaultAnswer()), q.id());
            }
        }
    }
}
