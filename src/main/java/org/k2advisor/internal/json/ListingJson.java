package org.k2advisor.internal.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.k2advisor.Choice;
import org.k2advisor.Question;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON for the listings (questions, claims, rules). Claims and rules are plain records whose
 * components become fields, in order. Questions are written field by field, so the contract shows
 * a question's kind as the questionnaire's word ("boolean", not a Java name) and a bound as written.
 */
public final class ListingJson {
    private ListingJson() {}

    public static String write(List<?> records) {
        ArrayNode array = ReportJson.MAPPER.createArrayNode();
        for (Object record : records) {
            array.add(record instanceof Question q ? question(q) : ReportJson.MAPPER.valueToTree(record));
        }
        return ReportJson.pretty(array);
    }

    public static ObjectNode question(Question q) {
        ObjectNode node = ReportJson.MAPPER.createObjectNode();
        node.put("id", q.id());
        node.put("label", q.label());
        node.put("kind", q.kind().label());
        node.put("text", q.text());
        node.put("help", q.help());
        ArrayNode choices = node.putArray("choices");
        for (Choice choice : q.choices()) {
            choices.addObject().put("value", choice.value()).put("label", choice.label());
        }
        bound(node, "min", q.min());
        bound(node, "max", q.max());
        node.put("unit", q.unit());
        ObjectNode when = node.putObject("when");
        for (Map.Entry<String, List<Object>> gate : q.when().entrySet()) {
            when.set(gate.getKey(), ReportJson.MAPPER.valueToTree(gate.getValue()));
        }
        node.set("default", ReportJson.MAPPER.valueToTree(q.defaultAnswer()));
        node.set("stopsInterviewOn", ReportJson.MAPPER.valueToTree(q.stopsInterviewOn()));
        return node;
    }

    /** A bound as written: 20000, not 20000.0 (Jackson's tree would make a BigDecimal a double). */
    private static void bound(ObjectNode node, String name, Number bound) {
        if (bound == null) {
            node.putNull(name);
        } else if (bound instanceof BigDecimal d && d.stripTrailingZeros().scale() > 0) {
            node.put(name, d.doubleValue());
        } else {
            node.put(name, bound instanceof BigDecimal d ? d.longValueExact() : bound.longValue());
        }
    }
}
