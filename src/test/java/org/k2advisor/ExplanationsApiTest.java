package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The public API an embedding app or another front end uses beyond advice: checking answers for a
 * form, skip logic, the educator's explanations, stepping and the shared renderings. Each is what
 * the command line prints, so these check the contract, not the words (the goldens check those).
 */
class ExplanationsApiTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final Map<String, Object> RISK = Map.of("age", 67, "diabetes", true, "k2_foods", "rarely");

    @Test
    void whenTheReadmeApiTourRuns_thenEachCallGivesWhatItsCommentSays() {
        // The README's second Embedding snippet, with its comments as assertions.
        Advisor advisor = ADVISOR;
        Map<String, Object> answers = RISK;
        Map<String, Object> changedAnswers = with(RISK, "anticoagulant", "vka");
        Report report = advisor.advise(Map.of("age", 67, "diabetes", true, "goal", "reverse"));
        String json = report.toJson(false);

        Validation checked = advisor.check(Map.of("age", 300, "cac_scan", true));
        assertEquals(List.of(new InvalidAnswersException.Problem(InvalidAnswersException.Code.OUT_OF_RANGE, "age",
                "300 is out of range: expected a whole number from 0 to 130 or \"unknown\"")), checked.problems());
        assertTrue(ids(advisor.applicableQuestions(checked.answers())).contains("cac_score"));
        String text = Render.text(report, 60);
        assertEquals(List.of(), tooWide(text, 60));
        assertTrue(Render.markdown(report, advisor.questions()).startsWith("# K2 Advisor"));
        assertTrue(Render.mermaid(report).startsWith("flowchart"));
        assertTrue(advisor.explainWhy(answers, "consult_professional").inReport());
        assertFalse(advisor.explainWhyNot(answers, "kidney_evidence").inReport());
        assertFalse(advisor.whatIf(answers, changedAnswers).adviceSame());
        try (Teaching teaching = advisor.teach(answers)) {
            assertTrue(teaching.next().isPresent());
        }
        assertEquals(report.advice(), Report.fromJson(json).advice());
    }

    @Test
    void whenAFormChecksAnswers_thenEveryProblemIsListedAndTheUsableAnswersKept() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("age", 300);
        answers.put("diabetes", "maybe");
        answers.put("smoking", true);
        answers.put("k2_foods", "rarely");
        answers.put("shoe_size", 42);

        Validation validation = ADVISOR.check(answers);

        assertFalse(validation.valid());
        // Unknown ids first, then the rest in questionnaire order.
        assertEquals(List.of("shoe_size", "age", "diabetes"),
                validation.problems().stream().map(InvalidAnswersException.Problem::field).toList());
        assertEquals(List.of(InvalidAnswersException.Code.UNKNOWN_ID, InvalidAnswersException.Code.OUT_OF_RANGE,
                InvalidAnswersException.Code.WRONG_TYPE),
                validation.problems().stream().map(InvalidAnswersException.Problem::code).toList());
        assertEquals(Map.of("smoking", true, "k2_foods", "rarely"), validation.answers());
        assertTrue(ADVISOR.check(RISK).valid());
    }

    @Test
    void whenAGateIsAnswered_thenTheQuestionsItOpensApply() {
        List<String> before = ids(ADVISOR.applicableQuestions(Map.of("cac_scan", false)));
        List<String> after = ids(ADVISOR.applicableQuestions(Map.of("cac_scan", true)));

        assertFalse(before.contains("cac_score"), before.toString());
        assertTrue(after.contains("cac_score"), after.toString());
        // An answer with a problem counts as not given, so it cannot open anything.
        assertFalse(ids(ADVISOR.applicableQuestions(Map.of("cac_scan", "perhaps"))).contains("cac_score"));
    }

    @Test
    void whenWhyIsAsked_thenTheChainEndsInTheItemAndEveryStepNamesItsRule() {
        WhyExplanation why = ADVISOR.explainWhy(RISK, "consult_professional");

        assertTrue(why.inReport());
        assertFalse(why.steps().isEmpty());
        WhyExplanation.Step last = why.steps().get(why.steps().size() - 1);
        assertTrue(last.firing().inserted().contains("Advice(consult_professional)"), last.firing().toString());
        for (WhyExplanation.Step step : why.steps()) {
            assertEquals(step.firing().rule(), step.rule().name());
        }
        assertEquals(ADVISOR.advise(RISK).trace().size(), why.totalFirings());
        assertTrue(why.toJson().contains("\"steps\""), why.toJson());
    }

    @Test
    void whenWhyIsAskedOfAnItemNotInTheReport_thenItSaysSoWithNoSteps() {
        WhyExplanation why = ADVISOR.explainWhy(RISK, "kidney_evidence");

        assertFalse(why.inReport());
        assertTrue(why.steps().isEmpty());
    }

    @Test
    void whenAnUnknownItemIsNamed_thenTheExceptionNamesIt() {
        UnknownAdviceException e = assertThrows(UnknownAdviceException.class, () -> ADVISOR.explainWhy(RISK, "cure_all"));

        assertEquals("cure_all", e.adviceId());
        assertTrue(e.getMessage().contains("cure_all"), e.getMessage());
        assertThrows(UnknownAdviceException.class, () -> ADVISOR.explainWhyNot(RISK, "cure_all"));
    }

    @Test
    void whenWhyNotIsAsked_thenEveryOfferedAlternativeWasCheckedByRunningTheRules() {
        WhyNotExplanation whyNot = ADVISOR.explainWhyNot(Map.of("age", 67), "kidney_evidence");

        assertFalse(whyNot.inReport());
        List<WhyNotExplanation.Alternative> alternatives = whyNot.rules().stream()
                .flatMap(rule -> rule.alternatives().stream()).toList();
        assertFalse(alternatives.isEmpty());
        for (WhyNotExplanation.Alternative alternative : alternatives) {
            if (Boolean.TRUE.equals(alternative.bringsItem())) {
                Map<String, Object> changed = new LinkedHashMap<>(Map.of("age", 67));
                alternative.changes().forEach(change -> changed.put(change.question(), change.value()));
                assertTrue(ids(ADVISOR.advise(changed)).contains("kidney_evidence"), alternative.asSetOptions());
            }
        }
        assertTrue(whyNot.toJson().contains("\"rules\""), whyNot.toJson());
    }

    @Test
    void whenWhatIfChangesNothingRead_thenTheAdviceIsTheSame() {
        WhatIfDiff same = ADVISOR.whatIf(RISK, with(RISK, "sex", "male"));
        WhatIfDiff warfarin = ADVISOR.whatIf(RISK, with(RISK, "anticoagulant", "vka"));

        assertTrue(same.adviceSame());
        assertEquals(List.of(new WhatIfDiff.AnswerDelta("sex", null, "male")), same.answers());
        assertFalse(warfarin.adviceSame());
        assertTrue(warfarin.added().stream().map(AdviceItem::id).toList().contains("anticoagulant_interaction"));
        assertTrue(warfarin.toJson().contains("\"added\""), warfarin.toJson());
    }

    @Test
    void whenTeachingStepsToTheEnd_thenItFiresExactlyTheReportsTrace() {
        List<TraceStep> fired = new ArrayList<>();
        try (Teaching teaching = ADVISOR.teach(RISK)) {
            assertEquals(0, teaching.position());
            assertTrue(teaching.workingMemory().stream().allMatch(fact -> fact.startsWith("Answer(")));
            Optional<Teaching.Step> step;
            while ((step = teaching.next()).isPresent()) {
                Teaching.Step current = step.get();
                assertEquals(current.agenda().get(0).rule(), current.firing().rule(), "the first on the agenda fires");
                assertFalse(current.whyFirst().isBlank());
                fired.add(current.firing());
            }
            assertTrue(teaching.finished());
            assertEquals(teaching.total(), teaching.position());
            assertEquals(ADVISOR.advise(RISK).trace(), teaching.firings());
        }
        assertEquals(ADVISOR.advise(RISK).trace().size(), fired.size());
    }

    @Test
    void whenTeachingGoesBack_thenTheFiringBeforeIsShownAgain() {
        try (Teaching teaching = ADVISOR.teach(RISK)) {
            TraceStep first = teaching.next().orElseThrow().firing();
            teaching.next().orElseThrow();

            Optional<Teaching.Step> back = teaching.back();

            assertEquals(first.rule(), back.orElseThrow().firing().rule());
            assertEquals(1, teaching.position());
            assertTrue(teaching.back().isEmpty(), "back to the start, before any firing");
            assertEquals(0, teaching.position());
        }
    }

    @Test
    void whenAReportIsWrittenAndReadBack_thenItIsEqual() {
        Report withTrace = ADVISOR.advise(Map.of("age", 67, "anticoagulant", "vka", "natto", "often"));
        Report plain = ADVISOR.withoutTrace().advise(Map.of("age", 67));

        assertEquals(withTrace, Report.fromJson(withTrace.toJson(true)));
        assertEquals(plain, Report.fromJson(plain.toJson(false)));
        assertTrue(plain.trace().isEmpty(), "withoutTrace leaves the trace out");
        assertNotEquals(List.of(), withTrace.trace());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Report.fromJson("{\"advice\": 3}"));
        assertTrue(bad.getMessage().startsWith("not a K2 Advisor report: '"), bad.getMessage());
    }

    @Test
    void whenRenderedNarrowerThanASentenceCanRead_thenTheWidthIsRefused() {
        Report report = ADVISOR.advise(RISK);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Render.text(report, 10));
        assertTrue(e.getMessage().contains("at least " + Render.MIN_WIDTH), e.getMessage());
        for (String text : List.of(Render.text(report, Render.MIN_WIDTH),
                Render.text(ADVISOR.explainWhy(RISK, "consult_professional"), Render.MIN_WIDTH),
                Render.text(ADVISOR.explainWhyNot(RISK, "kidney_evidence"), Render.MIN_WIDTH),
                Render.text(ADVISOR.whatIf(RISK, with(RISK, "anticoagulant", "vka")), Render.MIN_WIDTH))) {
            assertEquals(List.of(), tooWide(text, Render.MIN_WIDTH), "wrapped at the width, long words aside");
        }
        assertTrue(Render.mermaid(report).startsWith("flowchart"));
        assertTrue(Render.dot(report).startsWith("digraph"));
    }

    /** Lines over the width; facts, rule names and web addresses are long single words that may run over. */
    private static List<String> tooWide(String text, int width) {
        return text.lines().filter(line -> line.length() > width
                && java.util.Arrays.stream(line.split(" ")).allMatch(word -> word.length() < 20)).toList();
    }

    private static Map<String, Object> with(Map<String, Object> answers, String id, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(answers);
        changed.put(id, value);
        return changed;
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    private static List<String> ids(Report report) {
        return report.advice().stream().map(AdviceItem::id).toList();
    }
}
