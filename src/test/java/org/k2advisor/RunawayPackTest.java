package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunawayPackTest {

    @Test
    void whenARuleKeepsTriggeringItself_thenTheFiringLimitStopsItWithAClearError(@TempDir Path dir) throws IOException {
        // Given: a rule that answers every Finding of its kind with another one, forever
        Path pack = TestPacks.copyOfRules(dir);
        Files.writeString(pack.resolve("findings.drl"), """

                rule "runaway.echo"
                    @claims("A01")
                    @explain("Deliberately broken: each echo creates the next one.")
                when
                    Finding(kind == "goal" || kind == "echo")
                then
                    insert(new Finding("echo", "again"));
                end
                """, StandardOpenOption.APPEND);
        Advisor advisor = Advisor.fromDirectory(pack);

        // When
        KnowledgePackException error = assertThrows(KnowledgePackException.class,
                () -> advisor.advise(Map.of("goal", "learn")));

        // Then
        assertTrue(error.getMessage().contains("fired more than 10000 times"), error.getMessage());
        assertTrue(error.getMessage().contains("runaway.echo"), error.getMessage());
    }
}
