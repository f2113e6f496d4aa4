package org.k2advisor.internal.json;

import org.k2advisor.AdviceItem;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.WhatIfDiff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One person whose advice changed between two packs, as one JSON Lines record:
 * {@code {"line": N, "packs": {"before": kb, "after": kb}, "added": [...], "removed": [...],
 * "changed": [{"before": item, "after": item}]}}. The items are written as in the report and in
 * {@code what-if}, so a reader of either reads these. Fields come in this fixed order, so the
 * one-machine command and the Flink job give the same bytes for the same line.
 */
public final class ChangeJson {
    private ChangeJson() {}

    /** The record on one line, as UTF-8 without a line break. */
    public static byte[] line(long lineNumber, WhatIfDiff diff, KnowledgeBaseInfo before, KnowledgeBaseInfo after) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.put("line", lineNumber);
        ObjectNode packs = root.putObject("packs");
        packs.set("before", ReportJson.knowledgeBase(before));
        packs.set("after", ReportJson.knowledgeBase(after));
        ArrayNode added = root.putArray("added");
        for (AdviceItem item : diff.added()) {
            added.add(ReportJson.item(item));
        }
        ArrayNode removed = root.putArray("removed");
        for (AdviceItem item : diff.removed()) {
            removed.add(ReportJson.item(item));
        }
        ArrayNode changed = root.putArray("changed");
        for (WhatIfDiff.IndicatorChange change : diff.changed()) {
            ObjectNode node = changed.addObject();
            node.set("before", ReportJson.item(change.before()));
            node.set("after", ReportJson.item(change.after()));
        }
        return ReportJson.compact(root);
    }
}
