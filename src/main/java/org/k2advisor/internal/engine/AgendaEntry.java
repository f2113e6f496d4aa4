package org.k2advisor.internal.engine;

import java.util.List;

/**
 * One match waiting on Drools' agenda: the rule, the facts it matched, and what decides its
 * place: salience, its agenda group (and whether that group has the focus), its ruleflow group
 * (null when none), and its position in load order, Drools' final tie-breaker.
 */
public record AgendaEntry(
        String rule,
        List<String> matched,
        int salience,
        String agendaGroup,
        String ruleflowGroup,
        int loadOrder,
        boolean inFocus) {

    public AgendaEntry {
        matched = List.copyOf(matched);
    }
}
