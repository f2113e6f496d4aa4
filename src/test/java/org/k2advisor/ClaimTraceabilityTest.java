package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
        // The evidence review: the "DANCODE" name and threshold, the rat model, the borderline
        // meta-analyses, "K2 is special for arteries", and "most supplements are MK-7".
        for (String id : Set.of("A09", "A11", "A14", "A15", "A18")) {
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
        assertTrue(safety.containsAll(Set.of("S01", "S02", "S04", "S05", "S09", "S10", "S11", "S12", "S13", "S15", "S16",
                "S17")), safety.toString());
    }

    @Test
    void whenEverySourceIsRead_thenEachHasACheckDateAndTheKnowledgeBaseCarriesTheOldest() {
        List<Source> sources = TestPacks.builtIn().sources();
        LocalDate oldest = sources.stream().map(Source::checkedOn).min(Comparator.naturalOrder()).orElseThrow();
        assertEquals(oldest, TestPacks.builtIn().knowledgeBase().evidenceCheckedOn());
        for (Source source : sources) {
            assertFalse(source.label().isBlank(), source.id());
            String words = (source.citation() + " " + source.label()).toLowerCase(java.util.Locale.ROOT);
            assertFalse(words.contains("recheck") || words.contains("not checked"), source.id() + ": " + words);
        }
    }

    @Test
    void whenKidneyTrialsAreCited_thenEachTrialHasItsOwnRecordAndTheFormOfVitaminK() {
        Claim kidney = claim("S04");
        for (String trial : List.of("vitavask-2022", "ipack-hd-2023", "viktories-2021", "valkyrie-2020", "renakvit-2021",
                "trevasc-hdk-2023", "k4kidneys-2020")) {
            assertTrue(kidney.sources().contains(trial), trial);
        }
        assertTrue(kidney.text().contains("K1") && kidney.text().contains("MK-7") && kidney.text().contains("menadiol"),
                kidney.text());
    }

    @Test
    void whenThePackVersionIsRead_thenTheChangesFileSaysWhatChangedInIt() throws IOException {
        String changes = Files.readString(TestPacks.RULES_DIR.resolve("CHANGES.md"));
        String version = TestPacks.builtIn().knowledgeBase().version();
        assertTrue(changes.contains("## " + version + " "), "rules/CHANGES.md has no section for " + version);
    }

    private static Claim claim(String id) {
        return TestPacks.builtIn().claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
