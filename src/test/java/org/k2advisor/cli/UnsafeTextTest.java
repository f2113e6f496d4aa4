package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k2advisor.Advisor;
import org.k2advisor.FixturePacks;
import org.k2advisor.KnowledgePackException;

/** A pack whose text fails the safety checks does not load. */
class UnsafeTextTest {
    private static final Path UNSAFE = FixturePacks.get("unsafe-text");
    private static final String FIRST = UNSAFE.resolve("advice.json") + ":307: unsafe text in advice \"slowing_evidence\" "
            + "(certainty statement): reversal claim: K2 reverses calcium build-up in arteries. (and 3 more); a pack whose "
            + "text fails the safety checks is not loaded";

    @Test
    void whenAnAppLoadsIt_thenItIsRefusedNamingTheFirstProblemAndHowManyMore() {
        KnowledgePackException e = assertThrows(KnowledgePackException.class, () -> Advisor.fromDirectory(UNSAFE));

        assertEquals(FIRST, e.getMessage().substring(0, FIRST.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"advise --set age=50", "questions", "claims", "rules", "ask", "explain why-not food_sources --set age=50",
        "what-if --set age=50 --set goal=learn", "rules coverage --scenarios src/test/resources/scenarios"})
    void whenACommandReadsIt_thenItIsRefusedOnOneLine(String command) {
        String[] args = (command + " --rules " + UNSAFE).split(" ");

        BadInputTest.assertRejected(CliRun.of(args), FIRST);
    }
}
