package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Claim;
import org.k2advisor.Indicator;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.Question;
import org.k2advisor.Reason;
import org.k2advisor.Render;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;
import org.k2advisor.internal.explain.WhyChain;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.text.SafeLanguage;

/**
 * Health safety as invariants, checked on every golden scenario and on thousands of generated
 * profiles, over the report and over every rendering a person or another app could see. Each rule
 * of conduct of the knowledge pack is one method here, named after it.
 */
class SafetyInvariantsTest {
    /** Fewer under mutation testing (pom.xml's mutation profile), where each mutant reruns the tests that reach it. */
    private static final int PROFILES = Integer.getInteger("k2advisor.safety.profiles", 3000);
    private static final Set<String> RISK_ANSWERS = Set.of("kidney_disease", "diabetes", "high_cholesterol",
            "chronic_inflammation", "smoking", "family_history", "dialysis", "high_blood_pressure", "heart_disease",
            "aortic_valve_calcification");
    /** The item that answers each goal. */
    private static final Map<String, String> GOAL_ITEMS = Map.of("reverse", "reversal_not_shown", "slow", "slowing_evidence",
            "prevent", "prevention_mechanism", "learn", "learn_overview");
    private static final Set<String> VKA_ITEMS = Set.of("anticoagulant_interaction", "natto_vka", "vka_supplement");
    /** What someone under 18 may see: safety items and plain background, no adult trial or supplement items. */
    private static final Set<String> FOR_UNDER_18 = Set.of("emergency_care", "urgent_symptoms_unsure",
            "anticoagulant_interaction", "natto_vka", "vka_supplement", "anticoagulant_check", "doac_supplements",
            "adults_only", "pregnancy", "vitamin_d_high", "consult_professional", "uncertain_risk_factors",
            "learn_overview", "prevention_mechanism", "food_sources", "broader_approach");

    /** The warfarin rat model; compiled once, and run only on a detail holding "rat" or "animal", as any match does. */
    private static final Pattern ANIMAL_MODEL = Pattern.compile("\\b(rats?|animals?)\\b");

    /**
     * Renderings are made of the same sentences (mostly the catalogue's) across profiles; each
     * distinct sentence's language is checked once. SafeLanguage checks a text sentence by sentence,
     * so this is exactly as strict as checking each rendering whole.
     */
    private final Map<String, List<String>> sentenceChecked = new HashMap<>();

    @Test
    void whenThousandsOfGeneratedProfilesAreAdvised_thenEveryInvariantHolds() {
        Advisor advisor = TestPacks.builtIn();
        ProfileGenerator profiles = new ProfileGenerator(20261125L, advisor.questions());
        for (int i = 0; i < PROFILES; i++) {
            checkAll(advisor, advisor.validate(profiles.next()));
        }
    }

    /**
     * Generated profiles with the gates of their gated answers left out, as an answers file may: a
     * gate the person never gave reaches a report's "because" only when an answer affirming it (yes,
     * or a number) implied it. "No" or "don't know" to dialysis must never read as kidney disease.
     */
    @Test
    void whenGatesAreLeftOut_thenBecauseNeverListsAGateThatNoAffirmingAnswerImplied() {
        Advisor advisor = TestPacks.builtIn();
        ProfileGenerator profiles = new ProfileGenerator(20261126L, advisor.questions());
        int implied = 0;
        int refused = 0;
        for (int i = 0; i < PROFILES / 3; i++) {
            Map<String, Object> given = new LinkedHashMap<>(profiles.next());
            for (Question question : advisor.questions()) {
                if (given.containsKey(question.id())) {
                    question.when().keySet().forEach(given::remove);
                }
            }
            Report report;
            try {
                report = advisor.advise(given);
            } catch (InvalidAnswersException e) {
                refused++;
                e.problems().forEach(p -> assertEquals(InvalidAnswersException.Code.GATE_UNANSWERED, p.code(), given + ": " + p));
                continue;
            }
            for (AdviceItem item : report.advice()) {
                for (Reason reason : item.because()) {
                    if (!given.containsKey(reason.question())) {
                        implied++;
                        assertTrue(affirmedByAGatedAnswer(advisor, given, reason.question()),
                                item.id() + " because " + reason.question() + " = " + reason.answer()
                                        + ", which no affirming answer implied, for " + given);
                    }
                }
            }
        }
        assertTrue(implied > 0 && refused > 0, "the profiles must imply some gates and refuse others: " + implied + ", " + refused);
    }

    /** Whether an answer given to a question gated on {@code gate} affirms it: yes, or a number. */
    private static boolean affirmedByAGatedAnswer(Advisor advisor, Map<String, Object> given, String gate) {
        return advisor.questions().stream()
                .filter(q -> q.when().containsKey(gate) && given.containsKey(q.id()))
                .map(q -> given.get(q.id()))
                .anyMatch(answer -> Boolean.TRUE.equals(answer) || answer instanceof Number);
    }

    @Test
    void whenGoldenScenariosAreAdvised_thenEveryInvariantHolds() {
        Advisor advisor = TestPacks.builtIn();
        for (String name : TestPacks.scenarioNames()) {
            checkAll(advisor, advisor.validate(AnswersJson.parse(TestPacks.scenarioAnswers(name))));
        }
    }

    @Test
    void whenTheTextChecksMeetForbiddenSentences_thenTheyCatchThem() {
        // The checks themselves must be able to fail.
        assertFalse(SafeLanguage.problems("Vitamin K2 reverses arterial calcification.").isEmpty());
        assertFalse(SafeLanguage.problems("Take 200 µg of MK-7 every day.").isEmpty());
        assertFalse(SafeLanguage.problems("You have coronary artery disease.").isEmpty());
        assertTrue(SafeLanguage.problems("No human trial has shown that K2 reverses calcification.").isEmpty());
        assertTrue(SafeLanguage.problems("The AVADEC trial used 720 µg of MK-7 a day.").isEmpty());
    }

    @Test
    void whenAReportHoldsAForbiddenSentence_thenTheInvariantsCatchIt() {
        // The cached, sentence-by-sentence and prefiltered checks must still fail on a bad report.
        Advisor advisor = TestPacks.builtIn();
        Map<String, Object> answers = advisor.validate(Map.of("age", 67, "anticoagulant", "vka", "goal", "reverse"));
        Report report = advisor.advise(answers);
        everyRenderingIsSafeLanguage(advisor, report, "clean");
        theRatModelNeverSuggestsStoppingTheMedicine(answers, report, "clean");
        for (String forbidden : List.of("Vitamin K2 reverses arterial calcification.", "Take 200 µg of MK-7 every day.",
                "You have coronary artery disease.")) {
            AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                    () -> everyRenderingIsSafeLanguage(advisor, withDetail(report, forbidden), "injected"));
            assertTrue(failure.getMessage().contains(forbidden), failure.getMessage());
        }
        assertThrows(AssertionFailedError.class, () -> theRatModelNeverSuggestsStoppingTheMedicine(answers,
                withDetail(report, "In rats, warfarin calcifies arteries."), "injected"));
        // A rat study among an item's sources, with no word of rats in its detail, is caught too.
        org.k2advisor.Source rats = advisor.sources().stream().filter(x -> x.id().equals("schurgers-2007-rats"))
                .findFirst().orElseThrow();
        List<AdviceItem> advice = new ArrayList<>(report.advice());
        AdviceItem last = advice.get(advice.size() - 1);
        List<org.k2advisor.Source> sources = new ArrayList<>(last.sources());
        sources.add(rats);
        advice.set(advice.size() - 1, new AdviceItem(last.id(), last.summary(), last.detail(), last.indicator(),
                last.certainty(), last.caveat(), last.claims(), sources, last.because()));
        Report withRatSource = new Report(report.disclaimer(), report.knowledgeBase(), report.answers(), advice, report.trace());
        assertThrows(AssertionFailedError.class,
                () -> theRatModelNeverSuggestsStoppingTheMedicine(answers, withRatSource, "injected source"));
    }

    /** The report with a sentence added to its first item's detail. */
    private static Report withDetail(Report report, String sentence) {
        List<AdviceItem> advice = new ArrayList<>(report.advice());
        AdviceItem a = advice.get(0);
        advice.set(0, new AdviceItem(a.id(), a.summary(), a.detail() + " " + sentence, a.indicator(), a.certainty(),
                a.caveat(), a.claims(), a.sources(), a.because()));
        return new Report(report.disclaimer(), report.knowledgeBase(), report.answers(), advice, report.trace());
    }

    private void checkAll(Advisor advisor, Map<String, Object> answers) {
        Report report = advisor.advise(answers);
        String profile = answers.toString();
        List<String> ids = report.advice().stream().map(AdviceItem::id).toList();

        everyItemCarriesCaveatCertaintyClaimsSourcesAndReasons(advisor, report, profile);
        urgentSymptomsYesGetTheEmergencyItemAlone(answers, report, ids, profile);
        doubtAboutUrgentSymptomsComesFirst(answers, ids, profile);
        vitaminKAntagonistsComeFirstWithNattoAndSupplementWarnings(answers, ids, profile);
        directAnticoagulantsNeverGetTheAntagonistItems(answers, ids, profile);
        riskFactorsLeadToAProfessional(answers, ids, profile);
        peopleUnder18GetSafetyAndBackgroundOnly(answers, ids, profile);
        theGoalItemComesRightAfterTheSafetyItems(answers, report, ids, profile);
        unknownNumbersNeverMeetAThreshold(answers, report, profile);
        noCalciumScoreSentenceWithoutAScore(answers, report, profile);
        theRatModelNeverSuggestsStoppingTheMedicine(answers, report, profile);
        noDoseComparisonReassuresABloodThinnerThatMayWorkAgainstVitaminK(answers, report, ids, profile);
        anUnknownKindOfBloodThinnerIsTreatedAsOneThatMayWorkAgainstVitaminK(answers, report, ids, profile);
        pregnancyPutsSupplementsWithTheMidwife(answers, ids, profile);
        everyRenderingIsSafeLanguage(advisor, report, profile);
    }

    private static void everyItemCarriesCaveatCertaintyClaimsSourcesAndReasons(Advisor advisor, Report report,
            String profile) {
        assertFalse(report.disclaimer().isBlank(), profile);
        Set<String> claimIds = advisor.claims().stream().map(Claim::id).collect(Collectors.toSet());
        for (AdviceItem item : report.advice()) {
            assertFalse(item.caveat().isBlank(), item.id() + " has no caveat");
            assertFalse(item.certainty().statement().isBlank(), item.id() + " has no certainty statement");
            assertFalse(item.claims().isEmpty(), item.id() + " rests on no claim");
            assertFalse(item.sources().isEmpty(), item.id() + " cites no source");
            assertTrue(claimIds.containsAll(item.claims()), item.id() + " cites an unknown claim");
            item.sources().forEach(s -> assertFalse(s.citation().isBlank(), item.id()));
            // "because" lists exactly the answers the reasoning behind the item rests on, as the person gave them
            List<String> restsOn = WhyChain.restsOn(WhyChain.of(report, item.id())).stream()
                    .filter(f -> f.startsWith("Answer(")).sorted().toList();
            List<String> because = new ArrayList<>();
            for (Reason reason : item.because()) {
                assertEquals(report.answers().get(reason.question()), reason.answer(), item.id() + " because " + profile);
                assertFalse(reason.text().isBlank(), item.id());
                because.add("Answer(" + reason.question() + " = " + shown(reason.answer()) + ")");
            }
            assertEquals(restsOn, because.stream().sorted().toList(), item.id() + " because, for " + profile);
        }
    }

    private static void urgentSymptomsYesGetTheEmergencyItemAlone(Map<String, Object> answers, Report report,
            List<String> ids, String profile) {
        if (!Boolean.TRUE.equals(answers.get("urgent_symptoms"))) {
            assertFalse(ids.contains("emergency_care"), profile);
            return;
        }
        assertEquals(List.of("emergency_care"), ids, "urgent symptoms get the emergency item alone: " + profile);
        // Every format: the emergency item and the disclaimer, nothing else (no answers, references or pack line).
        AdviceItem item = report.advice().get(0);
        String text = Render.text(report, 80);
        assertFalse(text.contains(" 2. ["), text);
        String flatText = text.replaceAll("\\s+", " ");
        assertTrue(flatText.contains(item.detail()) && flatText.contains(report.disclaimer()), text);
        for (String extra : List.of("Sources", "Knowledge pack", "Your answers", "[1]")) {
            assertFalse(text.contains(extra), "\"" + extra + "\" in an emergency text report: " + text);
        }
        String markdown = Render.markdown(report, TestPacks.builtIn().questions());
        assertEquals("# K2 Advisor: what the evidence says for your answers\n\n> " + report.disclaimer() + "\n\n## 1. "
                + item.summary() + " (critical)\n\n" + org.k2advisor.internal.render.MarkdownReport.itemBody(item) + "\n",
                markdown, "the emergency item and the disclaimer, nothing else, in Markdown: " + profile);
        assertEquals(1, report.toJson(false).split("\"indicator\"").length - 1, "one item in the JSON: " + profile);
    }

    private static void doubtAboutUrgentSymptomsComesFirst(Map<String, Object> answers, List<String> ids, String profile) {
        if ("unknown".equals(answers.get("urgent_symptoms"))) {
            assertEquals("urgent_symptoms_unsure", ids.get(0), "doubt about urgent symptoms comes first: " + profile);
        }
    }

    private static void vitaminKAntagonistsComeFirstWithNattoAndSupplementWarnings(Map<String, Object> answers,
            List<String> ids, String profile) {
        if (!"vka".equals(answers.get("anticoagulant")) || Boolean.TRUE.equals(answers.get("urgent_symptoms"))) {
            return;
        }
        boolean unsure = "unknown".equals(answers.get("urgent_symptoms"));
        assertEquals(unsure ? 1 : 0, ids.indexOf("anticoagulant_interaction"),
                "the antagonist warning ranks above all but an emergency: " + profile);
        assertTrue(ids.contains("natto_vka"), "every antagonist user hears about natto: " + profile);
        if (Boolean.TRUE.equals(answers.get("k2_supplement"))) {
            assertTrue(ids.contains("vka_supplement"), "K2 pills with an antagonist: tell the clinic: " + profile);
        }
    }

    private static void directAnticoagulantsNeverGetTheAntagonistItems(Map<String, Object> answers, List<String> ids,
            String profile) {
        Object kind = answers.get("anticoagulant");
        if (!"vka".equals(kind)) {
            assertTrue(ids.stream().noneMatch(VKA_ITEMS::contains), "antagonist items only for antagonists: " + profile);
        }
        if (Boolean.TRUE.equals(answers.get("urgent_symptoms"))) {
            return;
        }
        if ("doac".equals(kind)) {
            assertTrue(ids.contains("doac_supplements"), profile);
        }
        if ("other".equals(kind) || "unknown".equals(kind)) {
            assertTrue(ids.contains("anticoagulant_check"), "an unknown kind of blood thinner: ask a pharmacist: " + profile);
        }
    }

    private static void riskFactorsLeadToAProfessional(Map<String, Object> answers, List<String> ids, String profile) {
        boolean named = answers.entrySet().stream()
                .anyMatch(e -> Boolean.TRUE.equals(e.getValue()) && RISK_ANSWERS.contains(e.getKey()));
        boolean age = answers.get("age") instanceof Number n && n.doubleValue() >= 60;
        boolean calcium = answers.get("cac_score") instanceof Number n && n.doubleValue() > 0;
        if ((named || age || calcium) && !Boolean.TRUE.equals(answers.get("urgent_symptoms"))) {
            assertTrue(ids.contains("consult_professional"), "risk factors bring a professional's view: " + profile);
        }
    }

    private static void peopleUnder18GetSafetyAndBackgroundOnly(Map<String, Object> answers, List<String> ids,
            String profile) {
        if (answers.get("age") instanceof Number age && age.intValue() < 18) {
            if (!Boolean.TRUE.equals(answers.get("urgent_symptoms"))) {
                assertTrue(ids.contains("adults_only"), "under-18s are told this is for adults: " + profile);
            }
            assertTrue(FOR_UNDER_18.containsAll(ids), "no adult trial or supplement items under 18: " + ids + " " + profile);
        }
    }

    private static void theGoalItemComesRightAfterTheSafetyItems(Map<String, Object> answers, Report report,
            List<String> ids, String profile) {
        int at = ids.indexOf(GOAL_ITEMS.get(String.valueOf(answers.get("goal"))));
        if (at >= 0) {
            long safety = report.advice().stream().filter(a -> a.indicator() != Indicator.INFO).count();
            assertEquals(safety, at, "the item answering the goal follows the safety items: " + ids + " " + profile);
        }
    }

    /** Drools orders NaN above every number; an unknown number must never satisfy a threshold. */
    private static void unknownNumbersNeverMeetAThreshold(Map<String, Object> answers, Report report, String profile) {
        for (var step : report.trace()) {
            if (step.rule().startsWith("finding.cac.")) {
                assertTrue(answers.get("cac_score") instanceof Number, step.rule() + " fired without a score: " + profile);
            }
            if (step.rule().contains(".age")) {
                assertTrue(answers.get("age") instanceof Number, step.rule() + " fired without an age: " + profile);
            }
            if (step.rule().equals("finding.supplement.k2_dose")) {
                assertTrue(answers.get("k2_dose_mcg") instanceof Number, step.rule() + " fired without a dose: " + profile);
            }
        }
    }

    private static void noCalciumScoreSentenceWithoutAScore(Map<String, Object> answers, Report report, String profile) {
        if (!(answers.get("cac_score") instanceof Number)) {
            String text = Render.text(report, 80).toLowerCase(java.util.Locale.ROOT);
            assertFalse(text.contains("calcium score") || text.contains("your score"),
                    "no calcium-score sentence for someone without a score: " + profile);
        }
    }

    private static void theRatModelNeverSuggestsStoppingTheMedicine(Map<String, Object> answers, Report report,
            String profile) {
        if (!mayWorkAgainstVitaminK(answers)) {
            return;
        }
        for (AdviceItem item : report.advice()) {
            String detail = item.detail();
            boolean inDetail = (detail.contains("rat") || detail.contains("animal")) && ANIMAL_MODEL.matcher(detail).find();
            // A source titled "... in rats" is the rat model too, shown in every reference list.
            boolean inSources = item.sources().stream().anyMatch(source -> ANIMAL_MODEL.matcher(
                    (source.label() + " " + source.citation()).toLowerCase(java.util.Locale.ROOT)).find());
            if (inDetail || inSources) {
                assertTrue(item.detail().contains("must not stop or change"),
                        item.id() + " mentions the warfarin rat model to an antagonist user without the warning: " + profile);
            }
        }
    }

    /** A vitamin K antagonist, or a blood thinner whose kind the person does not know. */
    private static boolean mayWorkAgainstVitaminK(Map<String, Object> answers) {
        Object kind = answers.get("anticoagulant");
        return "vka".equals(kind) || "other".equals(kind) || "unknown".equals(kind);
    }

    /**
     * Beside the adequate intake, a dose reads as reassurance ("close to ... enough"), while 10 to
     * 20 µg a day already moved the clotting test and AVADEC left these users out.
     */
    private static void noDoseComparisonReassuresABloodThinnerThatMayWorkAgainstVitaminK(Map<String, Object> answers,
            Report report, List<String> ids, String profile) {
        if (!mayWorkAgainstVitaminK(answers)) {
            return;
        }
        assertFalse(ids.contains("supplement_dose"), "no dose comparison for a blood thinner that may work against vitamin K: "
                + profile);
        for (AdviceItem item : report.advice()) {
            String words = item.summary() + " " + item.detail();
            assertFalse(words.contains("lists as enough") || words.contains("the 720 µg a day that AVADEC gave"),
                    item.id() + " compares a dose for " + profile);
        }
    }

    /**
     * Someone who does not know which blood thinner they take may be on warfarin: no food or natto
     * item written for people without one, and K2 pills or natto go to the pharmacist now.
     */
    private static void anUnknownKindOfBloodThinnerIsTreatedAsOneThatMayWorkAgainstVitaminK(Map<String, Object> answers,
            Report report, List<String> ids, String profile) {
        Object kind = answers.get("anticoagulant");
        if (!("other".equals(kind) || "unknown".equals(kind)) || Boolean.TRUE.equals(answers.get("urgent_symptoms"))) {
            return;
        }
        assertFalse(ids.contains("natto_rich") || ids.contains("food_sources"),
                "no food items for people without a blood thinner: " + ids + " " + profile);
        AdviceItem check = report.advice().stream().filter(a -> a.id().equals("anticoagulant_check")).findFirst()
                .orElseThrow(() -> new AssertionFailedError("an unknown kind of blood thinner: ask a pharmacist: " + profile));
        boolean pillsOrNatto = Boolean.TRUE.equals(answers.get("k2_supplement"))
                || "sometimes".equals(answers.get("natto")) || "often".equals(answers.get("natto"));
        if (pillsOrNatto) {
            assertTrue(check.detail().contains("tell the pharmacist now"), "K2 pills or natto: tell the pharmacist now: "
                    + profile);
        }
    }

    private static void pregnancyPutsSupplementsWithTheMidwife(Map<String, Object> answers, List<String> ids,
            String profile) {
        Object pregnant = answers.get("pregnant");
        if ((Boolean.TRUE.equals(pregnant) || "unknown".equals(pregnant)) && !Boolean.TRUE.equals(answers.get("urgent_symptoms"))) {
            assertTrue(ids.contains("pregnancy"), profile);
        }
    }

    /**
     * Prose only: the person's own answers (goal "reverse", a dose) are echoed in the answers and
     * "because" parts, not claimed, so those are left out here; "because" is checked above.
     */
    private void everyRenderingIsSafeLanguage(Advisor advisor, Report report, String profile) {
        List<AdviceItem> prose = report.advice().stream().map(a -> new AdviceItem(a.id(), a.summary(), a.detail(),
                a.indicator(), a.certainty(), a.caveat(), a.claims(), a.sources(), List.of())).toList();
        Report proseOnly = new Report(report.disclaimer(), report.knowledgeBase(), Map.of(), prose, report.trace());
        String markdown = Render.markdown(proseOnly, advisor.questions());
        for (String rendering : List.of(Render.text(proseOnly, 80), markdown, proseOnly.toJson(false))) {
            for (String sentence : SafeLanguage.sentences(rendering)) {
                List<String> problems = sentenceChecked.computeIfAbsent(sentence, SafeLanguage::problemsInSentence);
                assertTrue(problems.isEmpty(), problems + " in a report for " + profile);
            }
        }
    }

    private static String shown(Object answer) {
        return answer instanceof Boolean b ? (b ? "yes" : "no") : String.valueOf(answer);
    }
}
