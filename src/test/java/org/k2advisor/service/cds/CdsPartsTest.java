package org.k2advisor.service.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.k2advisor.Indicator;
import org.k2advisor.KnowledgeBaseInfo;

/** The rules of the CDS Hooks parts that no golden scenario reaches: long summaries, odd linkIds, origins, long feedback. */
class CdsPartsTest {
    private static final KnowledgeBaseInfo PACK = new KnowledgeBaseInfo("k2-article", "2.0.0", "0".repeat(64), LocalDate.of(2026, 1, 1));

    @Test
    void whenASummaryIsTooLongForACard_thenItIsShortenedAtAWordBelow140Characters() {
        String longSummary = "word ".repeat(40).strip();

        String shown = Cards.summary(longSummary);

        assertTrue(shown.length() < 140, shown.length() + "");
        assertTrue(shown.endsWith("word…"), shown);
        assertEquals("Short enough.", Cards.summary("Short enough."));
        assertEquals("x".repeat(139), Cards.summary("x".repeat(139)));
        assertEquals(139, Cards.summary("x".repeat(200)).length());
    }

    @Test
    void whenIndicatorsAreMapped_thenEachIsCdsHooksOwn() {
        assertEquals("critical", Cards.indicator(Indicator.CRITICAL));
        assertEquals("warning", Cards.indicator(Indicator.WARNING));
        assertEquals("info", Cards.indicator(Indicator.INFO));
    }

    @Test
    void whenUuidsAreMade_thenTheyDependOnTheServiceThePackVersionAndTheItemOnly() {
        Cards cards = new Cards("k2-advisor", PACK, "d");
        Cards again = new Cards("k2-advisor", PACK, "another disclaimer");
        Cards nextVersion = new Cards("k2-advisor", new KnowledgeBaseInfo("k2-article", "2.1.0", PACK.sha256(),
                PACK.evidenceCheckedOn()), "d");

        assertEquals(cards.uuid("natto_vka"), again.uuid("natto_vka"));
        assertNotEquals(cards.uuid("natto_vka"), cards.uuid("vka_supplement"));
        assertNotEquals(cards.uuid("natto_vka"), nextVersion.uuid("natto_vka"));
        assertEquals(3, cards.uuid("natto_vka").version(), "name-based");
    }

    @Test
    void whenALinkIdHasQuotes_thenTheFhirPathLiteralEscapesThem() {
        assertEquals("QuestionnaireResponse.item.where(linkId = 'it\\'s')", OperationOutcomes.expression("it's"));
        assertEquals("QuestionnaireResponse.item.where(linkId = 'a\\\\b')", OperationOutcomes.expression("a\\b"));
        assertEquals("QuestionnaireResponse.status", OperationOutcomes.expression("status"));
        assertEquals("QuestionnaireResponse", OperationOutcomes.expression("answers"));
    }

    @Test
    void whenOriginsAreGiven_thenOnlyWebOriginsWithoutAPathAreTaken() {
        assertEquals("https://sandbox.cds-hooks.org", CorsPolicy.checked("https://Sandbox.cds-hooks.org/"));
        assertEquals("http://localhost:3000", CorsPolicy.checked("http://localhost:3000"));
        assertEquals("*", CorsPolicy.checked(" * "));
        for (String bad : List.of("sandbox.cds-hooks.org", "https://sandbox.cds-hooks.org/app", "ftp://x.org", "", "https://")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorsPolicy.checked(bad), bad);
            assertTrue(e.getMessage().startsWith("expected an origin such as https://sandbox.cds-hooks.org"), e.getMessage());
        }
        CorsPolicy policy = new CorsPolicy(List.of("https://sandbox.cds-hooks.org"));
        assertEquals(Optional.of("https://sandbox.cds-hooks.org"), policy.allow("https://sandbox.cds-hooks.org"));
        assertEquals(Optional.empty(), policy.allow("https://sandbox.cds-hooks.org.evil.example"));
        assertEquals(Optional.empty(), policy.allow(null));
    }

    @Test
    void whenFeedbackHasManyEntries_thenTheLogLineNamesTwentyAndCountsTheRest() {
        List<Feedback.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            entries.add(new Feedback.Entry("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "accepted"));
        }

        String line = Feedback.summary(entries);

        assertEquals(20, line.split("card ").length - 1, line);
        assertTrue(line.endsWith(", and 5 more"), line);
    }
}
