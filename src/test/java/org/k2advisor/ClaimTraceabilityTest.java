package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Claims to rules and back: nothing in the article is silently dropped, nothing is invented. */
class ClaimTraceabilityTest {

    @Test
    void whenAClaimIsEncodedByNoRule_thenItIsMarkedExplanatoryWithAReason() {
        Set<String> encoded = TestPacks.builtIn().rules().stream().flatMap(r -> r.claims().stream())
                .collect(Collectors.toSet());
        Set<String> orphans = new TreeSet<>();
        for (Claim claim : TestPacks.builtIn().claims()) {
            boolean explanatory = claim.explanatory() != null && !claim.explanatory().isBlank();
            if (!encoded.contains(claim.id()) && !explanatory) {
                orphans.add(claim.id());
            }
            if (encoded.contains(claim.id()) && explanatory) {
                orphans.add(claim.id() + " (marked explanatory but a rule encodes it)");
            }
        }
        assertEquals(Set.of(), orphans);
    }

    @Test
    void whenRulesCiteClaims_thenEveryCitedClaimExistsAndEveryRuleExplainsItself() {
        Set<String> claimIds = TestPacks.builtIn().claims().stream().map(Claim::id).collect(Collectors.toSet());
        for (RuleInfo rule : TestPacks.builtIn().rules()) {
            assertFalse(rule.claims().isEmpty(), rule.name());
            assertTrue(claimIds.containsAll(rule.claims()), rule.name() + " cites " + rule.claims());
            assertFalse(rule.explanation().isBlank(), rule.name());
            assertTrue(rule.line() > 0 && rule.file().endsWith(".drl"), rule.name() + " has no location");
        }
    }

    @Test
    void whenTheArticleIsLoose_thenTheClaimCarriesACorrectionWithACitation() {
        // FACTS.md: the "DANCODE" name and threshold, the rat model, the borderline meta-analysis.
        for (String id : Set.of("A11", "A14", "A15")) {
            Claim claim = TestPacks.builtIn().claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            assertNotNull(claim.correction(), id);
            assertFalse(claim.correctionSources().isEmpty(), id);
        }
        Claim dancode = TestPacks.builtIn().claims().stream().filter(c -> c.id().equals("A14")).findFirst().orElseThrow();
        assertTrue(dancode.correction().contains("400") && dancode.correctionSources().contains("hasific-2023"));
    }

    @Test
    void whenSafetyFactsAreMissingFromTheArticle_thenTheyAreOwnClaimsMarkedNotFromIt() {
        Set<String> safety = TestPacks.builtIn().claims().stream().filter(c -> c.origin().equals("safety-addition"))
                .map(Claim::id).collect(Collectors.toSet());
        assertTrue(safety.containsAll(Set.of("S01", "S02", "S04", "S05")), safety.toString());
    }
}
