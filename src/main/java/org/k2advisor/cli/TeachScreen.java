package org.k2advisor.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.k2advisor.AgendaEntry;
import org.k2advisor.Teaching;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.render.WhyText;
import org.k2advisor.internal.render.Wrap;

/** What `teach` prints: the start, each firing (agenda, reason, rule text, changes), working memory, the end. */
final class TeachScreen {
    private TeachScreen() {
    }

    static String intro(int answers, List<String> facts, int total) {
        StringBuilder out = new StringBuilder();
        out.append(Wrap.wrap("", "", "Teaching mode: the reasoning for these answers, one rule firing at a time ("
                + WhyText.plural(total, "firing") + " in all). This shows how the rules work; it is not medical advice."));
        out.append('\n').append(Wrap.wrap("", "", "Working memory starts with the " + WhyText.plural(answers, "answer")
                + " as facts; no rule has fired yet:"));
        facts.forEach(fact -> out.append("  ").append(fact).append('\n'));
        return out.toString();
    }

    static String step(Teaching.Step step, int total) {
        TraceStep firing = step.firing();
        List<AgendaEntry> agenda = step.agenda();
        StringBuilder out = new StringBuilder();
        out.append("\n== Firing ").append(firing.step()).append(" of ").append(total).append(" ==\n");
        out.append("Agenda: ").append(WhyText.plural(agenda.size(), "match")).append(" ready to fire, in the order Drools will fire them\n");
        for (int i = 0; i < agenda.size(); i++) {
            AgendaEntry entry = agenda.get(i);
            String facts = entry.matched().isEmpty() ? ", which has no conditions" : ", matching " + String.join(", ", entry.matched());
            out.append(Wrap.wrap((i == 0 ? "  > " : "    ") + (i + 1) + ". ", "        ", entry.rule() + facts
                    + (entry.inFocus() ? "" : "  [group " + entry.agendaGroup() + ", not in focus]")));
        }
        out.append(Wrap.wrap("Why it goes first: ", "  ", step.whyFirst()));
        out.append('\n').append(Wrap.wrap("Fires: rule ", "  ", firing.rule() + " (" + step.rule().file() + ":"
                + step.rule().line() + "), claims " + String.join(", ", firing.claims())));
        step.rule().source().lines().forEach(line -> out.append("  | ").append(line).append('\n'));
        changes(out, "matched", firing.matched());
        changes(out, "inserted", firing.inserted());
        changes(out, "updated", firing.updated());
        changes(out, "retracted", firing.retracted());
        return out.toString();
    }

    /** Changes truth maintenance made after a firing was shown, while Drools settled the network. */
    static String lateChanges(TraceStep before, TraceStep after) {
        StringBuilder out = new StringBuilder(Wrap.wrap("", "", "While Drools settled the network after firing "
                + after.step() + ", truth maintenance changed working memory:"));
        changes(out, "inserted", after.inserted().subList(before.inserted().size(), after.inserted().size()));
        changes(out, "updated", after.updated().subList(before.updated().size(), after.updated().size()));
        changes(out, "retracted", after.retracted().subList(before.retracted().size(), after.retracted().size()));
        return out.toString();
    }

    static String workingMemory(List<String> facts) {
        StringBuilder out = new StringBuilder("Working memory now holds " + WhyText.plural(facts.size(), "fact")
                + ", oldest first:\n");
        Map<String, List<String>> byType = facts.stream().collect(Collectors.groupingBy(TeachScreen::type,
                LinkedHashMap::new, Collectors.toList()));
        byType.forEach((type, list) -> out.append(Wrap.wrap("  " + type + ": ", "    ", String.join(", ", list))));
        return out.toString();
    }

    static String finished(List<String> facts, int fired) {
        String advice = facts.stream().filter(f -> type(f).equals("Advice")).collect(Collectors.joining(", "));
        return Wrap.wrap("", "", "The agenda is empty: the reasoning is complete after " + WhyText.plural(fired, "firing")
                + ". Concluded: " + (advice.isEmpty() ? "no advice" : advice) + ". (`k2advisor advise` shows the report; b goes back.)");
    }

    /** A fact's type, from its text ("Finding(age_band=...)" is a Finding). */
    private static String type(String fact) {
        int paren = fact.indexOf('(');
        return paren > 0 ? fact.substring(0, paren) : fact;
    }

    private static void changes(StringBuilder out, String label, List<String> facts) {
        if (!facts.isEmpty()) {
            out.append(Wrap.wrap("  " + label + ": ", "    ", String.join(", ", facts)));
        }
    }
}
