package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Claim;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;

/**
 * Health safety as invariants: checked on every golden scenario and on thousands of generated
 * profiles, over the report and over every rendering a person or another app could see.
 */
class SafetyInvariantsTest {
    private static final int PROFILES = 3000;
    private static final Set<String> NAMED_RISK_FACTORS = Set.of("kidney_disease", "diabetes", "high_cholesterol",
            "chronic_inflammation");
    private static final Set<String> CONDITIONS = Set.of("dialysis", "high_blood_pressure", "heart_disease",
            "aortic_valve_calcification");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|whether|unproven|unclear|nor)\\b");
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,.]*\\s*(µg|mcg|micrograms?|mg)\\b");
    private static final Pattern TRIAL_CONTEXT = Pattern.compile("\\b(trials?|study|studies|fact sheet|used|gave)\\b");
    private static final Pattern DOSE_INSTRUCTION = Pattern.compile(
            "\\b(take|start|use|try)\\s+(about\\s+|at least\\s+|up to\\s+)?\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIAGNOSIS = Pattern.compile(
            "\\byou (have|are suffering from|are diagnosed with)\\s+(a\\s+|an\\s+)?"
                    + "(arterial|coronary|heart|kidney|calcification|diabetes|disease)", Pattern.CASE_INSENSITIVE);

    @Test
    void whenThousandsOfGeneratedProfilesAreAdvised_thenEveryInvariantHolds() {
        Advisor advisor = TestPacks.builtIn();
        ProfileGenerator profiles = new ProfileGenerator(20261124L, advisor.questions());
        for (int i = 0; i < PROFILES; i++) {
            checkAll(advisor, profiles.next());
        }
    }

    @Test
    void whenGoldenScenariosAreAdvised_thenEveryInvariantHolds() {
        for (String name : TestPacks.scenarioNames()) {
            Advisor advisor = TestPacks.builtIn();
            checkAll(advisor, advisor.validate(org.k2advisor.internal.json.AnswersJson.parse(TestPacks.scenarioAnswers(name))));
        }
    }

    @Test
    void whenTheTextChecksMeetForbiddenSentences_thenTheyCatchThem() {
        // The checks themselves must be able to fail.
        assertFalse(violations("Vitamin K2 reverses arterial calcification.").isEmpty());
        assertFalse(violations("Take 200 µg of MK-7 every day.").isEmpty());
        assertFalse(violations("You have coronary artery disease.").isEmpty());
        assertTrue(violations("No human trial has shown that K2 reverses calcification.").isEmpty());
        assertTrue(violations("The AVADEC trial used 720 µg of MK-7 a day.").isEmpty());
    }

    private static void checkAll(Advisor advisor, Map<String, Object> answers) {
        Report report = advisor.advise(answers);
        List<String> ids = report.advice().stream().map(AdviceItem::id).toList();
        String profile = answers.toString();

        assertFalse(report.disclaimer().isBlank(), profile);
        Set<String> claimIds = advisor.claims().stream().map(Claim::id).collect(Collectors.toSet());
        for (AdviceItem item : report.advice()) {
            assertFalse(item.caveat().isBlank(), item.id() + " has no caveat");
            assertFalse(item.evidence().isBlank(), item.id() + " has no evidence level");
            assertFalse(item.claims().isEmpty(), item.id() + " rests on no claim");
            assertFalse(item.sources().isEmpty(), item.id() + " cites no source");
            assertTrue(claimIds.containsAll(item.claims()), item.id() + " cites an unknown claim");
            item.sources().forEach(s -> assertFalse(s.citation().isBlank(), item.id()));
        }

        boolean emergency = Boolean.TRUE.equals(answers.get("urgent_symptoms"));
        if (emergency) {
            assertEquals("emergency_care", ids.get(0), "an emergency must come first: " + profile);
        }
        boolean unsure = "unknown".equals(answers.get("urgent_symptoms"));
        if (unsure) {
            assertEquals("urgent_symptoms_unsure", ids.get(0), "doubt about urgent symptoms must come first: " + profile);
        }
        if (Boolean.TRUE.equals(answers.get("anticoagulant"))) {
            assertEquals(emergency || unsure ? 1 : 0, ids.indexOf("anticoagulant_interaction"),
                    "the anticoagulant warning must rank above all but an emergency: " + profile);
        }
        if (hasRiskFactor(answers)) {
            assertTrue(ids.contains("consult_professional"), "risk factors must bring consultation: " + profile);
        }
        if (answers.get("age") instanceof Number age && age.intValue() < 18) {
            assertTrue(ids.contains("adults_only"), "under-18s must be told this is for adults: " + profile);
        }
        for (var step : report.trace()) {
            // An "unknown" number must never satisfy a threshold (Drools orders NaN above all numbers).
            if (step.rule().startsWith("finding.cac.")) {
                assertTrue(answers.get("cac_score") instanceof Number, step.rule() + " fired without a score: " + profile);
            }
            if (step.rule().contains(".age")) {
                assertTrue(answers.get("age") instanceof Number, step.rule() + " fired without an age: " + profile);
            }
        }
        // Prose only: a trace holds identifiers such as "reversal_not_shown", not sentences.
        // The person's own answers (goal "reverse") are echoed, not claimed, so they are left out.
        Report withoutAnswers = new Report(report.disclaimer(), report.knowledgeBase(), Map.of(), report.advice(), report.trace());
        String markdown = MarkdownReport.render(report, false).replaceAll("(?s)## Your answers.*?(?=## Advice)", "");
        for (String rendering : List.of(TextReport.render(report, false), markdown, withoutAnswers.toJson(false))) {
            List<String> problems = violations(rendering);
            assertTrue(problems.isEmpty(), problems + " in a report for " + profile);
        }
    }

    private static boolean hasRiskFactor(Map<String, Object> answers) {
        boolean named = answers.entrySet().stream().anyMatch(e -> Boolean.TRUE.equals(e.getValue())
                && (NAMED_RISK_FACTORS.contains(e.getKey()) || CONDITIONS.contains(e.getKey())));
        boolean ageBand = answers.get("age") instanceof Number age && age.doubleValue() >= 60;
        boolean calcium = answers.get("cac_score") instanceof Number score && score.doubleValue() > 0;
        return named || ageBand || calcium;
    }

    /** Sentences that claim reversal, prescribe an amount or diagnose. */
    static List<String> violations(String text) {
        List<String> found = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.replace('\n', ' '))) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if (lower.contains("revers") && !NEGATION.matcher(lower).find() && !lower.contains("?")) {
                found.add("reversal claim: " + sentence);
            }
            if (AMOUNT.matcher(lower).find() && !TRIAL_CONTEXT.matcher(lower).find()) {
                found.add("amount outside a trial or reference context: " + sentence);
            }
            if (DOSE_INSTRUCTION.matcher(sentence).find()) {
                found.add("dose instruction: " + sentence);
            }
            if (DIAGNOSIS.matcher(sentence).find()) {
                found.add("diagnosis: " + sentence);
            }
        }
        return found;
    }
}
