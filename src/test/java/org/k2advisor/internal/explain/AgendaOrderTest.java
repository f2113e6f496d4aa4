package org.k2advisor.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.AgendaEntry;

class AgendaOrderTest {
    private static AgendaEntry entry(String rule, int salience, String group, boolean inFocus, int loadOrder) {
        return new AgendaEntry(rule, List.of(), salience, group, null, loadOrder, inFocus);
    }

    @Test
    void whenSalienceDiffers_thenSalienceIsTheReason() {
        String why = AgendaOrder.whyFirst(List.of(entry("urgent", 10, "MAIN", true, 30), entry("other", 0, "MAIN", true, 1)), Map.of());

        assertEquals("It has a higher salience (10) than the next rule, other (0), and Drools fires higher salience first.", why);
    }

    @Test
    void whenSalienceAndGroupAreTheSame_thenLoadOrderIsNamedAsDroolsDefault() {
        String why = AgendaOrder.whyFirst(List.of(entry("a", 0, "MAIN", true, 2), entry("b", 0, "MAIN", true, 7)),
                Map.of("a", "x.drl:3", "b", "x.drl:9"));

        assertTrue(why.startsWith("Every ready rule has salience 0 and sits in the agenda group MAIN, so neither decides."), why);
        assertTrue(why.contains("default conflict resolution") && why.contains("load order 2 (x.drl:3)")
                && why.contains("b, has 7 (x.drl:9)"), why);
    }

    @Test
    void whenNextRuleWaitsInAnotherGroup_thenFocusIsTheReason() {
        String why = AgendaOrder.whyFirst(List.of(entry("a", 0, "safety", true, 9), entry("b", 5, "MAIN", false, 1)), Map.of());

        assertTrue(why.startsWith("Its agenda group, safety, has the focus"), why);
    }

    @Test
    void whenOneRuleHasSeveralMatches_thenTheyFireInTheOrderFound() {
        String why = AgendaOrder.whyFirst(List.of(entry("a", 0, "MAIN", true, 1), entry("a", 0, "MAIN", true, 1)), Map.of());

        assertEquals("Only this rule has matches ready. This rule has 2 matches ready; they fire one at a time, in the"
                + " order Drools found them.", why);
    }
}
