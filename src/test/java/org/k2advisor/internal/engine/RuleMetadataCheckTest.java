package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.k2advisor.internal.pack.PackReader;

class RuleMetadataCheckTest {
    private static final KnowledgePack PACK = PackReader.builtIn();

    @Test
    void whenMetadataIsComplete_thenNoProblems() {
        assertEquals(List.of(), RuleMetadataCheck.problems("r", "f.drl", 3, "\"A04 S01\"", "\"because\"", PACK));
    }

    @Test
    void whenClaimsMissingUnknownAndExplainBlank_thenEveryProblemIsListed() {
        List<PackProblem> problems = RuleMetadataCheck.problems("r", "f.drl", 3, "Z1, A04, Z2", "", PACK);

        assertEquals(List.of(
                "f.drl:3: rule \"r\" cites unknown claim Z1 (claims are listed by `k2advisor claims`)",
                "f.drl:3: rule \"r\" cites unknown claim Z2 (claims are listed by `k2advisor claims`)",
                "f.drl:3: rule \"r\" has no @explain(\"...\") metadata saying why it exists"),
                problems.stream().map(PackProblem::toString).toList());
    }

    @Test
    void whenPackHasTwoRulesWithoutClaims_thenLoadingNamesTheFirstAndCountsTheRest() {
        Path pack = org.k2advisor.FixturePacks.get("missing-claims");
        KnowledgePackException error = assertThrows(KnowledgePackException.class, () -> Advisor.fromDirectory(pack));

        String rule = "rule \"advice.broader_approach.inactive\"";
        int line = org.k2advisor.FixturePacks.lineOf(pack.resolve("advice.drl"), rule);
        assertTrue(error.getMessage().startsWith("target/test-packs/missing-claims/advice.drl:" + line + ": " + rule
                + " has no @claims"), error.getMessage());
        assertTrue(error.getMessage().endsWith("(and 1 more; `k2advisor rules check` lists them all)"), error.getMessage());
    }
}
