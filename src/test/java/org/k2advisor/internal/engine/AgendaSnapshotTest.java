package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.AgendaEntry;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

/**
 * teach shows the agenda before each firing; that agenda must be the truth: the match it puts
 * first is the one that fires next, and stepping one firing at a time (with the agenda looked at
 * in between) must give exactly the run the advisor reports.
 */
class AgendaSnapshotTest {
    private static final KnowledgePack PACK = PackReader.builtIn();
    private static final RuleEngine ENGINE = RuleEngine.fromExecutableModel(PACK);

    private static final List<Map<String, Object>> PROFILES = List.of(
            Map.of("age", 67L, "diabetes", true, "high_cholesterol", "unknown", "k2_foods", "rarely", "goal", "reverse"),
            Map.of("age", 15L, "anticoagulant", true, "k2_foods", "rarely", "goal", "learn"),
            Map.of("urgent_symptoms", true, "anticoagulant", "unknown", "kidney_disease", true, "dialysis", true,
                    "cac_scan", true, "cac_score", 450L));

    @Test
    void whenSteppingOneFiringAtATime_thenFirstAgendaEntryFiresNext() {
        for (Map<String, Object> answers : PROFILES) {
            List<TraceStep> stepped;
            try (TracedSession session = ENGINE.open(answers)) {
                List<String> predicted = new ArrayList<>();
                while (true) {
                    List<AgendaEntry> agenda = session.agenda();
                    if (agenda.isEmpty()) {
                        break;
                    }
                    predicted.add(agenda.get(0).rule() + " " + agenda.get(0).matched());
                    assertEquals(1, session.fire(1));
                }
                assertEquals(0, session.fire(1), "an empty agenda means nothing is left to fire");
                stepped = session.steps();
                assertEquals(predicted, stepped.stream().map(s -> s.rule() + " " + s.matched()).toList());
            }
            assertEquals(ENGINE.evaluate(answers).trace(), stepped);
        }
    }

    @Test
    void whenNoRuleHasFired_thenAgendaListsEveryReadyMatchInLoadOrder() {
        try (TracedSession session = ENGINE.open(Map.of("age", 67L, "diabetes", true))) {
            List<AgendaEntry> agenda = session.agenda();

            assertEquals(List.of("finding.risk_factor.age_60_plus", "finding.risk_factor.named_condition",
                    "advice.broader_approach"), agenda.stream().map(AgendaEntry::rule).toList());
            assertTrue(agenda.stream().allMatch(e -> e.salience() == 0 && e.inFocus() && e.agendaGroup().equals("MAIN")));
            assertTrue(agenda.get(0).loadOrder() < agenda.get(1).loadOrder());
            assertEquals(List.of("Answer(age = 67)"), agenda.get(0).matched());
        }
    }
}
