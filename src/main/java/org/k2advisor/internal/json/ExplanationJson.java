package org.k2advisor.internal.json;

import java.util.List;
import java.util.Locale;

import org.k2advisor.AdviceItem;
import org.k2advisor.Claim;
import org.k2advisor.RuleInfo;
import org.k2advisor.WhatIfDiff;
import org.k2advisor.WhyExplanation;
import org.k2advisor.WhyNotExplanation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The explanations as JSON, field by field in a fixed order, as the report is: the shapes the JSON
 * Schemas why, why-not and what-if describe. Enum values are lower-case words, as everywhere in
 * the contract.
 */
public final class ExplanationJson {
    private ExplanationJson() {}

    public static String why(WhyExplanation why) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.set("item", ReportJson.item(why.item()));
        root.put("inReport", why.inReport());
        strings(root.putArray("restsOn"), why.restsOn());
        ArrayNode steps = root.putArray("steps");
        for (WhyExplanation.Step step : why.steps()) {
            ObjectNode node = steps.addObject();
            node.set("firing", ReportJson.step(step.firing()));
            node.set("rule", rule(step.rule()));
        }
        ArrayNode claims = root.putArray("claims");
        why.claims().forEach(claim -> claims.add(claim(claim)));
        root.put("totalFirings", why.totalFirings());
        root.put("disclaimer", why.disclaimer());
        root.set("knowledgeBase", ReportJson.knowledgeBase(why.knowledgeBase()));
        return ReportJson.pretty(root);
    }

    public static String whyNot(WhyNotExplanation whyNot) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.set("item", ReportJson.item(whyNot.item()));
        root.put("inReport", whyNot.inReport());
        strings(root.putArray("concludedBy"), whyNot.concludedBy());
        ArrayNode rules = root.putArray("rules");
        whyNot.rules().forEach(verdict -> rules.add(verdict(verdict)));
        root.put("disclaimer", whyNot.disclaimer());
        root.set("knowledgeBase", ReportJson.knowledgeBase(whyNot.knowledgeBase()));
        return ReportJson.pretty(root);
    }

    public static String whatIf(WhatIfDiff diff) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        ArrayNode answers = root.putArray("answers");
        for (WhatIfDiff.AnswerDelta delta : diff.answers()) {
            ObjectNode node = answers.addObject();
            node.put("id", delta.id());
            node.set("before", ReportJson.MAPPER.valueToTree(delta.before()));
            node.set("after", ReportJson.MAPPER.valueToTree(delta.after()));
        }
        items(root.putArray("added"), diff.added());
        items(root.putArray("removed"), diff.removed());
        ArrayNode changed = root.putArray("changed");
        for (WhatIfDiff.IndicatorChange change : diff.changed()) {
            ObjectNode node = changed.addObject();
            node.set("before", ReportJson.item(change.before()));
            node.set("after", ReportJson.item(change.after()));
        }
        items(root.putArray("unchanged"), diff.unchanged());
        root.put("firingsBefore", diff.firingsBefore());
        root.put("firingsAfter", diff.firingsAfter());
        ArrayNode rules = root.putArray("rules");
        for (WhatIfDiff.RuleDelta delta : diff.rules()) {
            rules.addObject().put("rule", delta.rule()).put("before", delta.before()).put("after", delta.after());
        }
        root.put("disclaimer", diff.disclaimer());
        return ReportJson.pretty(root);
    }

    private static ObjectNode verdict(WhyNotExplanation.RuleVerdict verdict) {
        ObjectNode node = ReportJson.MAPPER.createObjectNode();
        node.set("rule", rule(verdict.rule()));
        node.put("outcome", word(verdict.outcome()));
        ArrayNode retracted = node.putArray("retractedFirings");
        verdict.retractedFirings().forEach(retracted::add);
        ArrayNode conditions = node.putArray("conditions");
        for (WhyNotExplanation.ConditionVerdict condition : verdict.conditions()) {
            ObjectNode c = conditions.addObject();
            c.put("text", condition.text());
            c.put("factType", condition.factType());
            strings(c.putArray("wanted"), condition.wanted());
            c.put("status", word(condition.status()));
            strings(c.putArray("notes"), condition.notes());
            ArrayNode producers = c.putArray("producers");
            condition.producers().forEach(p -> producers.add(verdict(p)));
        }
        ArrayNode alternatives = node.putArray("alternatives");
        for (WhyNotExplanation.Alternative alternative : verdict.alternatives()) {
            ObjectNode a = alternatives.addObject();
            ArrayNode changes = a.putArray("changes");
            for (WhyNotExplanation.AnswerChange change : alternative.changes()) {
                ObjectNode ch = changes.addObject();
                ch.put("question", change.question());
                ch.set("answer", ReportJson.MAPPER.valueToTree(change.value()));
            }
            a.put("setOptions", alternative.asSetOptions());
            if (alternative.bringsItem() == null) {
                a.putNull("bringsItem");
            } else {
                a.put("bringsItem", alternative.bringsItem());
            }
            a.put("problem", alternative.problem());
        }
        node.put("moreAlternatives", verdict.moreAlternatives());
        return node;
    }

    static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = ReportJson.MAPPER.createObjectNode();
        node.put("name", rule.name());
        node.put("file", rule.file());
        node.put("line", rule.line());
        strings(node.putArray("claims"), rule.claims());
        node.put("explanation", rule.explanation());
        node.put("source", rule.source());
        return node;
    }

    static ObjectNode claim(Claim claim) {
        return ReportJson.MAPPER.valueToTree(claim);
    }

    private static void items(ArrayNode array, List<AdviceItem> items) {
        items.forEach(item -> array.add(ReportJson.item(item)));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
