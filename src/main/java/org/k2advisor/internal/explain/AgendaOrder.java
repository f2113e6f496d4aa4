package org.k2advisor.internal.explain;

import java.util.List;
import java.util.Map;

import org.k2advisor.AgendaEntry;

/**
 * Why the first match on the agenda fires first, in words, by the rules Drools applies: the
 * agenda group with the focus, then higher salience, then the rule loaded first (its place in
 * load order); matches of one rule fire in the order Drools found them. When salience and group
 * do not decide, we say so plainly rather than invent a reason.
 */
public final class AgendaOrder {
    private AgendaOrder() {}

    /** The reason, given where each rule is written ({@code locations}: rule name to "file:line"). */
    public static String whyFirst(List<AgendaEntry> agenda, Map<String, String> locations) {
        if (agenda.isEmpty()) {
            return "Nothing is ready to fire.";
        }
        AgendaEntry first = agenda.get(0);
        long ownMatches = agenda.stream().filter(e -> e.rule().equals(first.rule())).count();
        String own = ownMatches > 1 ? " This rule has " + ownMatches + " matches ready; they fire one at a time, in"
                + " the order Drools found them." : "";
        AgendaEntry next = agenda.stream().filter(e -> !e.rule().equals(first.rule())).findFirst().orElse(null);
        if (next == null) {
            return (ownMatches > 1 ? "Only this rule has matches ready." : "It is the only match ready to fire.") + own;
        }
        if (!next.inFocus()) {
            return "Its agenda group, " + first.agendaGroup() + ", has the focus; rules in group " + next.agendaGroup()
                    + " wait until that group gets the focus." + own;
        }
        if (first.salience() != next.salience()) {
            return "It has a higher salience (" + first.salience() + ") than the next rule, " + next.rule() + " ("
                    + next.salience() + "), and Drools fires higher salience first." + own;
        }
        boolean sameSalience = agenda.stream().allMatch(e -> e.salience() == first.salience());
        boolean oneGroup = agenda.stream().allMatch(e -> e.agendaGroup().equals(first.agendaGroup()));
        String group = first.ruleflowGroup() == null ? "" : " (ruleflow group " + first.ruleflowGroup() + ")";
        return (sameSalience ? "Every ready rule has salience " + first.salience() : "It has the same salience ("
                + first.salience() + ") as the next rule, " + next.rule() + ",")
                + (oneGroup ? " and sits in the agenda group " + first.agendaGroup() + group : "")
                + ", so neither decides. Drools' default conflict resolution then prefers the rule loaded first:"
                + " this rule has load order " + first.loadOrder() + " (" + where(first, locations)
                + "), the next one, " + next.rule() + ", has " + next.loadOrder() + " (" + where(next, locations) + ")."
                + own;
    }

    private static String where(AgendaEntry entry, Map<String, String> locations) {
        return locations.getOrDefault(entry.rule(), "location unknown");
    }
}
