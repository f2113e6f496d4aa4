package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace is what educators read: it must account for every conclusion and every retraction. */
class TraceTest {

    @Test
    void whenAJustificationBreaksAfterALaterFiring_thenTheTraceRecordsTheTruthMaintenanceRetraction(@TempDir Path dir)
            throws IOException {
        // Given: a pack where the anticoagulant finding arrives late, after food advice was concluded
        Path pack = TestPacks.copyOfRules(dir);
        Files.writeString(pack.resolve("findings.drl"), """

                rule "test.late_anticoagulant"
                    @claims("S01")
                    @explain("Test only: concludes the anticoagulant finding after everything else has fired.")
                    salience -100
                when
                    Answer(id == "goal", value == "learn")
                then
                    insertLogical(new Finding("medicine", "vka"));
                end
                """, StandardOpenOption.APPEND);

        // When
        Report report = Advisor.fromDirectory(pack).advise(Map.of("k2_foods", "rarely", "goal", "learn"));

        // Then
        List<String> rules = report.trace().stream().map(TraceStep::rule).toList();
        assertTrue(rules.indexOf("advice.food_sources") < rules.indexOf("test.late_anticoagulant"), rules.toString());
        TraceStep late = report.trace().stream().filter(s -> s.rule().equals("test.late_anticoagulant")).findFirst().orElseThrow();
        assertEquals(List.of("Advice(food_sources)"), late.retracted());
        assertTrue(report.advice().stream().noneMatch(a -> a.id().equals("food_sources")));
        assertTrue(report.advice().stream().anyMatch(a -> a.id().equals("anticoagulant_interaction")));
    }

    @Test
    void whenARuleUpdatesAFact_thenItsStepRecordsTheUpdateAndTheJsonShowsIt() throws IOException {
        // Given: the fixture pack whose test-only rule updates the goal answer
        Advisor advisor = Advisor.fromDirectory(FixturePacks.get("educator/update"));

        // When
        Report report = advisor.advise(Map.of("age", 40, "goal", "slow"));

        // Then the update is filed under the rule that made it, and under no other step; no-loop
        // keeps that rule to one firing
        List<TraceStep> touches = report.trace().stream().filter(s -> s.rule().equals("advice.touch_goal")).toList();
        assertEquals(1, touches.size(), report.trace().toString());
        TraceStep touch = touches.get(0);
        assertEquals(List.of("Answer(goal = slow)"), touch.updated());
        assertEquals(List.of("Answer(goal = slow)"), touch.matched());
        assertEquals(List.of(), touch.inserted());
        assertEquals(1, report.trace().stream().filter(s -> !s.updated().isEmpty()).count(), report.trace().toString());
        // Truth maintenance drops what rested on the old answer, and files that under the update
        assertEquals(List.of("Finding(goal: slow)", "Advice(slowing_evidence)"), touch.retracted());
        // The rules that rested on the answer fire again after the update and insert it all again
        List<TraceStep> after = report.trace().subList(touch.step(), report.trace().size());
        assertEquals(List.of("finding.goal", "advice.slowing_evidence"), after.stream().map(TraceStep::rule).toList());
        assertEquals(List.of("Advice(slowing_evidence)"), after.get(1).inserted());
        assertTrue(report.advice().stream().anyMatch(a -> a.id().equals("slowing_evidence")));
        assertTrue(report.toJson(true).contains("\"updated\": [ \"Answer(goal = slow)\" ]"), report.toJson(true));
    }

    @Test
    void whenAnyScenarioIsTraced_thenEveryAdviceItemIsInsertedByAStepAndStepsCarryTheirRulesClaims() {
        Map<String, List<String>> claimsByRule = TestPacks.builtIn().rules().stream()
                .collect(Collectors.toMap(RuleInfo::name, RuleInfo::claims));
        for (String name : TestPacks.scenarioNames()) {
            Report report = TestPacks.builtIn().adviseJson(TestPacks.scenarioAnswers(name));
            for (AdviceItem item : report.advice()) {
                assertTrue(report.trace().stream().anyMatch(s -> s.inserted().contains("Advice(" + item.id() + ")")),
                        name + ": no step inserted " + item.id());
            }
            for (int i = 0; i < report.trace().size(); i++) {
                TraceStep step = report.trace().get(i);
                assertEquals(i + 1, step.step(), name);
                assertEquals(claimsByRule.get(step.rule()), step.claims(), name + " " + step.rule());
                assertFalse(step.rule().startsWith("finding.") && step.matched().stream().anyMatch(f -> !f.startsWith("Answer(")),
                        name + ": a finding rule matched something other than answers: " + step);
            }
        }
    }
}
