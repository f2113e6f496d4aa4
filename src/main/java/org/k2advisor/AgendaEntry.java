package org.k2advisor;

import java.util.List;

/**
 * One match waiting on Drools' agenda, as {@link Teaching} shows it: the rule, the facts it
 * matched, and what decides its place.
 *
 * @param rule the rule's name
 * @param matched the facts it matched, as text
 * @param salience its salience: higher fires first
 * @param agendaGroup its agenda group
 * @param ruleflowGroup its ruleflow group, or null when none
 * @param loadOrder its place in load order, Drools' final tie-breaker
 * @param inFocus whether its agenda group has the focus
 */
public record AgendaEntry(
        String rule,
        List<String> matched,
        int salience,
        String agendaGroup,
        String ruleflowGroup,
        int loadOrder,
        boolean inFocus) {

    /**
     * Copies the list.
     *
     * @param rule the rule's name
     * @param matched the facts it matched, as text
     * @param salience its salience: higher fires first
     * @param agendaGroup its agenda group
     * @param ruleflowGroup its ruleflow group, or null when none
     * @param loadOrder its place in load order, Drools' final tie-breaker
     * @param inFocus whether its agenda group has the focus
     */
    public AgendaEntry {
        matched = List.copyOf(matched);
    }
}
