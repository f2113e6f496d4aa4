package org.k2advisor.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.k2advisor.AdviceItem;
import org.k2advisor.KnowledgeBaseInfo;
import org.k2advisor.Reason;
import org.k2advisor.Report;
import org.k2advisor.Source;
import org.k2advisor.TraceStep;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * Writes the report's JSON contract field by field, in a fixed order, so that output is
 * byte-identical for the same answers and the public records need no Jackson annotations.
 *
 * <p>The report is streamed straight to a generator rather than built as a tree first: a batch
 * writes about 8 KB of it per line, and the tree cost about as much again as the writing. Each
 * part is defined once, as a writer; the tree nodes other documents embed (an item, a firing, the
 * knowledge base) are made from those same writers.
 */
public final class ReportJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    /** Something that writes one JSON value. */
    @FunctionalInterface
    interface Part {
        void write(JsonGenerator json) throws IOException;
    }

    private ReportJson() {}

    public static String write(Report report, boolean includeTrace) {
        StringWriter text = new StringWriter(8 << 10);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
            json.setPrettyPrinter(PRETTY.createInstance());
            report(json, report, includeTrace);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a String cannot fail", e);
        }
        return text.append('\n').toString();
    }

    /**
     * The same JSON as {@link #write}, field for field, on one line and as UTF-8 without a line
     * break: one record of a JSON Lines file, appended to {@code out} (which stays open), with no
     * copy in between.
     */
    public static void writeLine(Report report, boolean includeTrace, OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            report(json, report, includeTrace);
        }
    }

    private static void report(JsonGenerator json, Report report, boolean includeTrace) throws IOException {
        json.writeStartObject();
        // Only a pack loaded despite failing the safety checks has warnings; they come first.
        if (!report.warnings().isEmpty()) {
            json.writeFieldName("warnings");
            strings(json, report.warnings());
        }
        json.writeStringField("disclaimer", report.disclaimer());
        json.writeFieldName("knowledgeBase");
        knowledgeBase(json, report.knowledgeBase());
        json.writeObjectFieldStart("answers");
        for (var answer : report.answers().entrySet()) {
            json.writeFieldName(answer.getKey());
            value(json, answer.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("advice");
        for (AdviceItem item : report.advice()) {
            item(json, item);
        }
        json.writeEndArray();
        if (includeTrace) {
            json.writeArrayFieldStart("trace");
            for (TraceStep step : report.trace()) {
                step(json, step);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    public static ObjectNode knowledgeBase(KnowledgeBaseInfo info) {
        return node(json -> knowledgeBase(json, info));
    }

    public static ObjectNode item(AdviceItem item) {
        return node(json -> item(json, item));
    }

    public static ObjectNode step(TraceStep step) {
        return node(json -> step(json, step));
    }

    /** Indented as every JSON document the advisor writes, ending with a line break. */
    public static String pretty(Object tree) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    static byte[] compact(Object tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static void knowledgeBase(JsonGenerator json, KnowledgeBaseInfo info) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", info.name());
        json.writeStringField("version", info.version());
        json.writeStringField("sha256", info.sha256());
        json.writeStringField("evidenceCheckedOn", info.evidenceCheckedOn().toString());
        json.writeEndObject();
    }

    private static void item(JsonGenerator json, AdviceItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", item.id());
        json.writeStringField("summary", item.summary());
        json.writeStringField("detail", item.detail());
        json.writeStringField("indicator", item.indicator().label());
        json.writeObjectFieldStart("certainty");
        json.writeStringField("level", item.certainty().level().label());
        json.writeStringField("statement", item.certainty().statement());
        json.writeEndObject();
        json.writeStringField("caveat", item.caveat());
        json.writeArrayFieldStart("because");
        for (Reason reason : item.because()) {
            json.writeStartObject();
            json.writeStringField("question", reason.question());
            json.writeFieldName("answer");
            value(json, reason.answer());
            json.writeStringField("text", reason.text());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("claims");
        strings(json, item.claims());
        json.writeArrayFieldStart("sources");
        for (Source source : item.sources()) {
            json.writeStartObject();
            json.writeStringField("id", source.id());
            json.writeStringField("label", source.label());
            json.writeStringField("citation", source.citation());
            json.writeStringField("url", source.url());
            json.writeStringField("checkedOn", source.checkedOn().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void step(JsonGenerator json, TraceStep step) throws IOException {
        json.writeStartObject();
        json.writeNumberField("step", step.step());
        json.writeStringField("rule", step.rule());
        json.writeFieldName("claims");
        strings(json, step.claims());
        json.writeFieldName("matched");
        strings(json, step.matched());
        json.writeFieldName("inserted");
        strings(json, step.inserted());
        json.writeFieldName("updated");
        strings(json, step.updated());
        json.writeFieldName("retracted");
        strings(json, step.retracted());
        json.writeEndObject();
    }

    /**
     * An answer's value. The kinds canonical answers hold are written directly; anything else
     * goes through Jackson's tree, exactly as before this was streamed (a BigDecimal keeps
     * Jackson's normalisation).
     */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else {
            MAPPER.writeTree(json, MAPPER.valueToTree(value));
        }
    }

    private static void strings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static ObjectNode node(Part part) {
        try (TokenBuffer tokens = new TokenBuffer(MAPPER, false)) {
            part.write(tokens);
            JsonNode node = MAPPER.readTree(tokens.asParser());
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }
}
