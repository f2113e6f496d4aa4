package org.k2advisor.internal.json;

import org.k2advisor.AgendaEntry;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.explain.TeachingRun;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A whole teaching run as JSON, the shape teaching.schema.json describes: working memory at the
 * start, then each firing with the agenda before it, why the first goes first, the rule, working
 * memory after it and what truth maintenance changed later; a page steps through it client-side.
 */
public final class TeachingJson {
    private TeachingJson() {}

    public static String write(TeachingRun run, String disclaimer, KnowledgeBaseInfo knowledgeBase) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        ObjectNode answers = root.putObject("answers");
        run.answers().forEach((id, value) -> answers.set(id, ReportJson.MAPPER.valueToTree(value)));
        root.put("totalFirings", run.steps().size());
        strings(root.putArray("initialWorkingMemory"), run.initialWorkingMemory());
        ArrayNode steps = root.putArray("steps");
        for (TeachingRun.Shown shown : run.steps()) {
            ObjectNode node = steps.addObject();
            ArrayNode agenda = node.putArray("agenda");
            shown.step().agenda().forEach(entry -> agenda.add(agendaEntry(entry)));
            node.put("whyFirst", shown.step().whyFirst());
            node.set("firing", ReportJson.step(shown.step().firing()));
            node.set("rule", ExplanationJson.rule(shown.step().rule()));
            strings(node.putArray("workingMemory"), shown.workingMemory());
            node.set("lateChanges", lateChanges(shown.late()));
        }
        strings(root.putArray("finalWorkingMemory"), run.finalWorkingMemory());
        root.put("disclaimer", disclaimer);
        root.set("knowledgeBase", ReportJson.knowledgeBase(knowledgeBase));
        return ReportJson.pretty(root);
    }

    private static ObjectNode agendaEntry(AgendaEntry entry) {
        ObjectNode node = ReportJson.MAPPER.createObjectNode();
        node.put("rule", entry.rule());
        strings(node.putArray("matched"), entry.matched());
        node.put("salience", entry.salience());
        node.put("agendaGroup", entry.agendaGroup());
        if (entry.ruleflowGroup() == null) {
            node.putNull("ruleflowGroup");
        } else {
            node.put("ruleflowGroup", entry.ruleflowGroup());
        }
        node.put("loadOrder", entry.loadOrder());
        node.put("inFocus", entry.inFocus());
        return node;
    }

    private static ObjectNode lateChanges(TraceStep late) {
        ObjectNode node = ReportJson.MAPPER.createObjectNode();
        strings(node.putArray("inserted"), late.inserted());
        strings(node.putArray("updated"), late.updated());
        strings(node.putArray("retracted"), late.retracted());
        return node;
    }

    private static void strings(ArrayNode array, java.util.List<String> values) {
        values.forEach(array::add);
    }
}
