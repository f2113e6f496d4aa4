package org.k2advisor.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.drl.RuleSource;
import org.k2advisor.internal.engine.AgendaEntry;
import org.k2advisor.internal.explain.AgendaOrder;
import org.k2advisor.internal.explain.Workbench;

/** What `teach` prints: the start, each firing (agenda, reason, rule text, changes), working memory, the end. */
final class TeachScreen {
    private final Workbench bench;
    private final Map<String, String> locations;

    TeachScreen(Workbench bench) {
        this.bench = bench;
        this.locations = bench.engine().rules().stream()
                .collect(Collectors.toMap(RuleInfo::name, rule -> rule.file() + ":" + rule.line(), (a, b) -> a));
    }

    String intro(Map<String, Object> answers, List<Object> facts, int total) {
        StringBuilder out = new StringBuilder();
        out.append(Wrap.wrap("", "", "Teaching mode: the reasoning for these answers, one rule firing at a time ("
                + WhyText.plural(total, "firing") + " in all). This shows how the rules work; it is not medical advice."));
        out.append('\n').append(Wrap.wrap("", "", "Working memory starts with the " + WhyText.plural(answers.size(), "answer")
                + " as facts; no rule has fired yet:"));
        facts.forEach(fact -> out.append("  ").append(fact).append('\n'));
        return out.toString();
    }

    String step(TraceStep step, List<AgendaEntry> agenda, int total) {
        StringBuilder out = new StringBuilder();
        out.append("\n== Firing ").append(step.step()).append(" of ").append(total).append(" ==\n");
        out.append("Agenda: ").append(WhyText.plural(agenda.size(), "match")).append(" ready to fire, in the order Drools will fire them\n");
        for (int i = 0; i < agenda.size(); i++) {
            AgendaEntry entry = agenda.get(i);
            String facts = entry.matched().isEmpty() ? ", which has no conditions" : ", matching " + String.join(", ", entry.matched());
            out.append(Wrap.wrap((i == 0 ? "  > " : "    ") + (i + 1) + ". ", "        ", entry.rule() + facts
                    + (entry.inFocus() ? "" : "  [group " + entry.agendaGroup() + ", not in focus]")));
        }
        out.append(Wrap.wrap("Why it goes first: ", "  ", AgendaOrder.whyFirst(agenda, locations)));
        out.append('\n').append(Wrap.wrap("Fires: rule ", "  ", step.rule() + " (" + locations.getOrDefault(step.rule(), "?")
                + "), claims " + String.join(", ", step.claims())));
        RuleSource source = bench.drl().named(step.rule());
        if (source != null) {
            source.text().lines().forEach(line -> out.append("  | ").append(line).append('\n'));
        }
        changes(out, "matched", step.matched());
        changes(out, "inserted", step.inserted());
        changes(out, "updated", step.updated());
        changes(out, "retracted", step.retracted());
        return out.toString();
    }

    /** Changes truth maintenance made after a firing was shown, while Drools settled the network. */
    String lateChanges(TraceStep before, TraceStep after) {
        StringBuilder out = new StringBuilder(Wrap.wrap("", "", "While Drools settled the network after firing "
                + after.step() + ", truth maintenance changed working memory:"));
        changes(out, "inserted", after.inserted().subList(before.inserted().size(), after.inserted().size()));
        changes(out, "updated", after.updated().subList(before.updated().size(), after.updated().size()));
        changes(out, "retracted", after.retracted().subList(before.retracted().size(), after.retracted().size()));
        return out.toString();
    }

    String workingMemory(List<Object> facts) {
        StringBuilder out = new StringBuilder("Working memory now holds " + WhyText.plural(facts.size(), "fact")
                + ", oldest first:\n");
        Map<String, List<Object>> byType = facts.stream().collect(Collectors.groupingBy(f -> f.getClass().getSimpleName(),
                java.util.LinkedHashMap::new, Collectors.toList()));
        byType.forEach((type, list) -> out.append(Wrap.wrap("  " + type + ": ", "    ",
                list.stream().map(Object::toString).collect(Collectors.joining(", ")))));
        return out.toString();
    }

    String finished(List<Object> facts, int fired) {
        String advice = facts.stream().filter(f -> f.getClass().getSimpleName().equals("Advice"))
                .map(Object::toString).collect(Collectors.joining(", "));
        return Wrap.wrap("", "", "The agenda is empty: the reasoning is complete after " + WhyText.plural(fired, "firing")
                + ". Concluded: " + (advice.isEmpty() ? "no advice" : advice) + ". (`k2advisor advise` shows the report; b goes back.)");
    }

    private static void changes(StringBuilder out, String label, List<String> facts) {
        if (!facts.isEmpty()) {
            out.append(Wrap.wrap("  " + label + ": ", "    ", String.join(", ", facts)));
        }
    }

}
