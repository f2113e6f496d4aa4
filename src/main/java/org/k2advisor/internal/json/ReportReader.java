package org.k2advisor.internal.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Certainty;
import org.k2advisor.Indicator;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.Reason;
import org.k2advisor.Report;
import org.k2advisor.Source;
import org.k2advisor.TraceStep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the report's JSON contract back into a {@link Report}: what {@link ReportJson} writes,
 * read exactly (numbers in canonical form: whole as Long, else Double). A report read back equals
 * the one written. Errors name the field, as a caller debugging a stored report needs.
 */
public final class ReportReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportReader() {}

    public static Report read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a K2 Advisor report: malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a K2 Advisor report: expected a JSON object");
        }
        JsonNode kb = object(root, "knowledgeBase");
        KnowledgeBaseInfo info = new KnowledgeBaseInfo(text(kb, "name"), text(kb, "version"), text(kb, "sha256"),
                date(kb, "evidenceCheckedOn"));
        Map<String, Object> answers = new LinkedHashMap<>();
        for (var answer : object(root, "answers").properties()) {
            answers.put(answer.getKey(), value(answer.getValue(), "answers." + answer.getKey()));
        }
        List<AdviceItem> advice = new ArrayList<>();
        for (JsonNode item : array(root, "advice")) {
            advice.add(item(item));
        }
        List<TraceStep> trace = new ArrayList<>();
        if (root.has("trace")) {
            for (JsonNode step : array(root, "trace")) {
                trace.add(new TraceStep(step.path("step").asInt(), text(step, "rule"), strings(step, "claims"),
                        strings(step, "matched"), strings(step, "inserted"), strings(step, "updated"), strings(step, "retracted")));
            }
        }
        List<String> warnings = root.has("warnings") ? strings(root, "warnings") : List.of();
        return new Report(text(root, "disclaimer"), info, answers, advice, trace, warnings);
    }

    private static AdviceItem item(JsonNode item) {
        String id = text(item, "id");
        Indicator indicator = Indicator.fromLabel(text(item, "indicator"));
        JsonNode certainty = object(item, "certainty");
        Certainty.Level level = Certainty.Level.fromLabel(text(certainty, "level"));
        if (indicator == null || level == null) {
            throw new IllegalArgumentException("not a K2 Advisor report: advice '" + id + "' has an unknown indicator or certainty level");
        }
        List<Reason> because = new ArrayList<>();
        for (JsonNode reason : array(item, "because")) {
            because.add(new Reason(text(reason, "question"), value(reason.get("answer"), "because.answer"), text(reason, "text")));
        }
        List<Source> sources = new ArrayList<>();
        for (JsonNode source : array(item, "sources")) {
            JsonNode url = source.get("url");
            sources.add(new Source(text(source, "id"), text(source, "label"), text(source, "citation"),
                    url == null || url.isNull() ? null : url.asText(), date(source, "checkedOn")));
        }
        return new AdviceItem(id, text(item, "summary"), text(item, "detail"), indicator,
                new Certainty(level, text(certainty, "statement")), text(item, "caveat"), strings(item, "claims"), sources, because);
    }

    /** An answer in canonical form: a boolean, a whole number as Long, another number as Double, a word. */
    private static Object value(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            throw new IllegalArgumentException("not a K2 Advisor report: '" + field + "' must be a boolean, number or string");
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        return node.isNumber() ? (Object) node.doubleValue() : node.asText();
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("not a K2 Advisor report: '" + field + "' must be an object");
        }
        return value;
    }

    private static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("not a K2 Advisor report: '" + field + "' must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("not a K2 Advisor report: '" + field + "' must be a string");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        return array(node, field).stream().map(JsonNode::asText).toList();
    }

    private static LocalDate date(JsonNode node, String field) {
        try {
            return LocalDate.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a K2 Advisor report: '" + field + "' must be a date such as 2026-11-25");
        }
    }
}
