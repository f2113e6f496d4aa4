package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.k2advisor.internal.render.TextReport;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.Passage;
import org.k2advisor.internal.pack.PackReader;
import org.k2advisor.internal.text.Readability;

/**
 * What a person reads is plain: US grade 8 or below on the Flesch-Kincaid formula (see
 * {@link Readability} for how it counts), no claim ids, P values or unexplained abbreviations,
 * certainty said with GRADE's plain-language hedges, and reports that do not repeat themselves.
 */
class PlainLanguageTest {
    private static final double GRADE = 8.0;
    /** Abbreviations a person may meet only with their meaning, in the same item. */
    private static final Map<String, Pattern> EXPLAINED = Map.of(
            "INR", Pattern.compile("clotting test \\(INR\\)"),
            "MGP", Pattern.compile("matrix Gla protein \\(MGP\\)"),
            "MK-7", Pattern.compile("MK-7, a (common )?form of K2"),
            "Agatston", Pattern.compile("(?!)"),
            "CAC-DRS", Pattern.compile("(?!)"),
            "CAC", Pattern.compile("(?!)"));
    private static final Pattern CLAIM_ID = Pattern.compile("\\b[AS]\\d{2}\\b");
    private static final Pattern P_VALUE = Pattern.compile("\\bP\\s*[=<>]", Pattern.CASE_INSENSITIVE);
    private static final KnowledgePack PACK = PackReader.builtIn();

    @Test
    void whenEveryCatalogueItemIsScored_thenEachIsAtGradeEightOrBelow() {
        List<String> tooHard = new ArrayList<>();
        for (AdviceItem item : TestPacks.builtIn().catalogue()) {
            score(item.id(), item.summary() + " " + item.detail() + " " + item.caveat() + " "
                    + item.certainty().statement(), tooHard);
        }
        for (Map.Entry<String, Passage> passage : PACK.passages().entrySet()) {
            score("passage " + passage.getKey(), passage.getValue().first(), tooHard);
            score("passage " + passage.getKey() + " (again)", passage.getValue().again(), tooHard);
        }
        assertEquals(List.of(), tooHard);
    }

    @Test
    void whenEveryQuestionIsScored_thenEachIsAtGradeEightOrBelow() {
        List<String> tooHard = new ArrayList<>();
        for (Question q : PACK.questions()) {
            score(q.id(), q.text() + " " + q.help(), tooHard);
        }
        assertEquals(List.of(), tooHard);
    }

    @Test
    void whenTheFormulaMeetsHardAndEasyText_thenItTellsThemApart() {
        // The measure itself must be able to fail.
        assertTrue(Readability.grade("The cat sat on the mat. It was warm.") < 3);
        assertTrue(Readability.grade("Supplementation with menaquinone-7 demonstrated statistically insignificant "
                + "attenuation of coronary arterial calcification progression in asymptomatic septuagenarians.") > 14);
    }

    @Test
    void whenCertaintyIsStated_thenItUsesTheHedgeItsLevelCallsFor() {
        for (AdviceItem item : TestPacks.builtIn().catalogue()) {
            String statement = item.certainty().statement().toLowerCase(Locale.ROOT);
            String id = item.id() + ": " + statement;
            switch (item.certainty().level()) {
                case HIGH -> assertFalse(statement.matches(".*\\b(may|probably|don't know)\\b.*"), id);
                case MODERATE -> assertTrue(statement.contains("probably"), id);
                case LOW -> assertTrue(statement.matches(".*\\bmay\\b.*"), id);
                case VERY_LOW -> assertTrue(statement.contains("don't know"), id);
                case NO_TRIAL_EVIDENCE -> assertTrue(statement.contains("no trial"), id);
            }
        }
    }

    @Test
    void whenReportsAreShownToAPerson_thenNoClaimIdPValueOrUnexplainedAbbreviationAppears() {
        for (Map<String, Object> answers : profiles(600)) {
            Report report = TestPacks.builtIn().advise(answers);
            String text = TextReport.render(report, false, 80);
            assertFalse(CLAIM_ID.matcher(text).find(), "a claim id in a person's report: " + answers);
            assertFalse(P_VALUE.matcher(text).find(), "a P value in a person's report: " + answers);
            for (AdviceItem item : report.advice()) {
                String words = item.summary() + " " + item.detail() + " " + item.caveat() + " " + item.certainty().statement();
                EXPLAINED.forEach((abbreviation, meaning) -> {
                    if (Pattern.compile("\\b" + Pattern.quote(abbreviation) + "\\b").matcher(words).find()) {
                        assertTrue(meaning.matcher(words).find(), abbreviation + " unexplained in " + item.id() + " for " + answers);
                    }
                });
            }
        }
    }

    @Test
    void whenAReportIsRead_thenNoSentenceIsToldTwice() {
        for (Map<String, Object> answers : profiles(600)) {
            Report report = TestPacks.builtIn().advise(answers);
            Map<String, String> seen = new HashMap<>();
            for (AdviceItem item : report.advice()) {
                for (String sentence : (item.summary() + " " + item.detail() + " " + item.caveat()).split("(?<=[.!?])\\s+")) {
                    if (sentence.split("\\s+").length >= 8) {
                        String first = seen.putIfAbsent(sentence, item.id());
                        assertTrue(first == null, "\"" + sentence + "\" is told in " + first + " and again in " + item.id()
                                + " for " + answers);
                    }
                }
            }
        }
    }

    /**
     * The budget: about 600 words or less for a typical profile in the text report. The
     * median over all scenarios was too easy (many are one-answer edge cases), so: the 75th
     * percentile over every golden scenario stays at or under 600 words; every scenario with at most
     * 8 answers (a person filling in the questionnaire as it comes) stays at or under 650; and a
     * report holding all three blood-thinner warnings (antagonist, natto, K2 pills), which stay whole,
     * at or under 800. Only the answer-everything profile may pass that.
     */
    @Test
    void whenTheGoldenScenariosAreRead_thenTheTypicalReportStaysWithinSixHundredWords() {
        List<Integer> words = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (String name : TestPacks.scenarioNames()) {
            String answers = TestPacks.scenarioAnswers(name);
            Report report = TestPacks.builtIn().adviseJson(answers);
            int count = TextReport.render(report, false, 80).split("\\s+").length;
            words.add(count);
            long critical = report.advice().stream().filter(a -> a.indicator() == Indicator.CRITICAL).count();
            int cap = report.answers().size() > 8 ? Integer.MAX_VALUE : critical >= 3 ? 800 : 650;
            if (count > cap) {
                over.add(name + " " + count + " > " + cap);
            }
        }
        List<Integer> sorted = words.stream().sorted().toList();
        int p75 = sorted.get((int) Math.ceil(sorted.size() * 0.75) - 1);
        assertTrue(p75 <= 600, "75th percentile " + p75 + " words over " + sorted);
        assertEquals(List.of(), over, "realistic profiles over their word cap");
        assertTrue(sorted.get(sorted.size() - 2) <= 800, "only the answer-everything profile may pass 800 words: " + sorted);
    }

    private static void score(String what, String text, List<String> tooHard) {
        double grade = Readability.grade(text);
        if (grade > GRADE) {
            tooHard.add(String.format(Locale.ROOT, "%s: grade %.1f", what, grade));
        }
    }

    private static List<Map<String, Object>> profiles(int count) {
        ProfileGenerator generator = new ProfileGenerator(7L, TestPacks.builtIn().questions());
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(TestPacks.builtIn().validate(generator.next()));
        }
        return all;
    }
}
