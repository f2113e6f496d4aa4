package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claims and sources agree with the team's evidence fact sheet (FACTS.md): every number a
 * claim states appears there, and every DOI cited appears there or is listed below with where it
 * was verified. The fact sheet lives beside the repository (../shared/evidence/FACTS.md, or the
 * path in -Dk2advisor.facts); where it is absent the test is reported as skipped, not passed.
 */
class EvidenceAgreementTest {
    private static final Path FACTS = Path.of(System.getProperty("k2advisor.facts", "../shared/evidence/FACTS.md"));
    /** DOIs verified somewhere other than the fact sheet, and where. */
    private static final Map<String, String> VERIFIED_ELSEWHERE = Map.of(
            "10.1016/j.jcct.2018.03.008", "CAC-DRS, checked in the first evidence review (2026-11-24)",
            "10.1161/CIR.0000000000000625", "AHA/ACC guideline, PubMed record 30586774 (2026-11-25)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(,\\d{3})*(\\.\\d+)?");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,}/[^\\s\"),]+");
    private static String facts;

    @BeforeAll
    static void readFacts() throws IOException {
        assumeTrue(Files.exists(FACTS), "no evidence fact sheet at " + FACTS.toAbsolutePath());
        facts = Files.readString(FACTS);
    }

    @Test
    void whenAClaimStatesANumber_thenTheFactSheetHasIt() {
        Set<String> missing = new TreeSet<>();
        for (Claim claim : TestPacks.builtIn().claims()) {
            String text = claim.text() + " " + (claim.correction() == null ? "" : claim.correction());
            Matcher m = NUMBER.matcher(text.replaceAll("\\b[AS]\\d{2}\\b", "").replace("MK-7", "").replace("MK-4", ""));
            while (m.find()) {
                if (!facts.contains(m.group())) {
                    missing.add(claim.id() + ": " + m.group());
                }
            }
        }
        assertEquals(Set.of(), missing, "numbers in seeds/claims.json that FACTS.md does not state");
    }

    @Test
    void whenASourceHasADoi_thenTheFactSheetOrAKnownCheckHasIt() {
        Set<String> unknown = new TreeSet<>();
        for (Source source : TestPacks.builtIn().sources()) {
            Matcher m = DOI.matcher(source.url() == null ? "" : source.url());
            if (m.find() && !facts.contains(m.group()) && !VERIFIED_ELSEWHERE.containsKey(m.group())) {
                unknown.add(source.id() + ": " + m.group());
            }
        }
        assertEquals(Set.of(), unknown, "DOIs in seeds/sources.json that nobody verified");
    }
}
