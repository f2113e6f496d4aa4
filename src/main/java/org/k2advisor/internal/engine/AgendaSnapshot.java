package org.k2advisor.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.drools.core.common.InternalAgenda;
import org.k2advisor.AgendaEntry;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.conflict.RuleAgendaConflictResolver;
import org.drools.core.phreak.RuleAgendaItem;
import org.drools.core.reteoo.TupleImpl;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * What Drools' agenda holds right now, in the order Drools will fire it. Drools' "phreak"
 * algorithm queues rules rather than matches and works out a rule's matches only when the rule
 * reaches the top; to show every match, we first settle pending insertions and then ask each
 * queued rule to evaluate its part of the network, which is the evaluation fireAllRules would do
 * itself. This reaches into Drools' internals (org.drools.core), the price of an honest agenda.
 */
final class AgendaSnapshot {
    private AgendaSnapshot() {}

    static List<AgendaEntry> of(KieSession session) {
        InternalAgenda agenda = (InternalAgenda) session.getAgenda();
        ReteEvaluator evaluator = (ReteEvaluator) session;
        agenda.flushPropagations();
        String focus = agenda.getFocusName();
        List<RuleAgendaItem> items = new ArrayList<>(agenda.getAgendaGroupsManager().getActivations());
        // Drools' own conflict resolver: higher salience first, then the rule loaded first.
        Comparator<RuleAgendaItem> droolsOrder = RuleAgendaConflictResolver.INSTANCE.reversed();
        items.sort(Comparator.comparing((RuleAgendaItem item) -> !item.getAgendaGroup().getName().equals(focus))
                .thenComparing(droolsOrder));
        List<AgendaEntry> entries = new ArrayList<>();
        for (RuleAgendaItem item : items) {
            item.getRuleExecutor().evaluateNetworkIfDirty(evaluator, agenda);
            var matches = item.getRuleExecutor().getActiveMatches();
            for (TupleImpl tuple = matches.getFirst(); tuple != null; tuple = tuple.getNext()) {
                entries.add(entry(item, (Match) tuple, focus));
            }
        }
        return entries;
    }

    private static AgendaEntry entry(RuleAgendaItem item, Match match, String focus) {
        List<String> facts = match.getObjects().stream()
                .filter(TraceRecorder::isOurs).map(Object::toString).toList();
        String group = item.getAgendaGroup().getName();
        return new AgendaEntry(item.getRule().getName(), facts, item.getSalience(), group,
                item.getRule().getRuleFlowGroup(), item.getRule().getLoadOrder(), group.equals(focus));
    }
}
