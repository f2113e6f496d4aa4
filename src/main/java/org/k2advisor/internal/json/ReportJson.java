package org.k2advisor.internal.json;

import java.util.List;

import org.k2advisor.AdviceItem;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.Reason;
import org.k2advisor.Report;
import org.k2advisor.Source;
import org.k2advisor.TraceStep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the report's JSON contract field by field, in a fixed order, so that output is
 * byte-identical for the same answers and the public records need no Jackson annotations.
 */
public final class ReportJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private ReportJson() {}

    public static String write(Report report, boolean includeTrace) {
        ObjectNode root = MAPPER.createObjectNode();
        // Only a pack loaded despite failing the safety checks has warnings; they come first.
        if (!report.warnings().isEmpty()) {
            strings(root.putArray("warnings"), report.warnings());
        }
        root.put("disclaimer", report.disclaimer());
        root.set("knowledgeBase", knowledgeBase(report.knowledgeBase()));
        ObjectNode answers = root.putObject("answers");
        report.answers().forEach((id, value) -> answers.set(id, MAPPER.valueToTree(value)));
        ArrayNode advice = root.putArray("advice");
        report.advice().forEach(item -> advice.add(item(item)));
        if (includeTrace) {
            ArrayNode trace = root.putArray("trace");
            report.trace().forEach(step -> trace.add(step(step)));
        }
        return pretty(root);
    }

    static ObjectNode knowledgeBase(KnowledgeBaseInfo info) {
        ObjectNode kb = MAPPER.createObjectNode();
        kb.put("name", info.name());
        kb.put("version", info.version());
        kb.put("sha256", info.sha256());
        kb.put("evidenceCheckedOn", info.evidenceCheckedOn().toString());
        return kb;
    }

    static String pretty(Object tree) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    static ObjectNode item(AdviceItem item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", item.id());
        node.put("summary", item.summary());
        node.put("detail", item.detail());
        node.put("indicator", item.indicator().label());
        ObjectNode certainty = node.putObject("certainty");
        certainty.put("level", item.certainty().level().label());
        certainty.put("statement", item.certainty().statement());
        node.put("caveat", item.caveat());
        ArrayNode because = node.putArray("because");
        for (Reason reason : item.because()) {
            ObjectNode r = because.addObject();
            r.put("question", reason.question());
            r.set("answer", MAPPER.valueToTree(reason.answer()));
            r.put("text", reason.text());
        }
        strings(node.putArray("claims"), item.claims());
        ArrayNode sources = node.putArray("sources");
        for (Source source : item.sources()) {
            ObjectNode s = sources.addObject();
            s.put("id", source.id());
            s.put("label", source.label());
            s.put("citation", source.citation());
            s.put("url", source.url());
            s.put("checkedOn", source.checkedOn().toString());
        }
        return node;
    }

    static ObjectNode step(TraceStep step) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("step", step.step());
        node.put("rule", step.rule());
        strings(node.putArray("claims"), step.claims());
        strings(node.putArray("matched"), step.matched());
        strings(node.putArray("inserted"), step.inserted());
        strings(node.putArray("updated"), step.updated());
        strings(node.putArray("retracted"), step.retracted());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
