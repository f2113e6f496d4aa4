package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.internal.json.ReportJson;
import org.k2advisor.internal.json.ReportReader;

/**
 * What the advisor concluded for one set of answers: the disclaimer, which pack answered, the
 * answers as understood (canonical values, questionnaire order), the advice in order of urgency
 * and the reasoning trace, one step per rule firing.
 *
 * <p>{@code warnings} is empty, except for a report from a pack loaded with
 * {@link PackOptions#allowUnsafeText()} whose text fails the safety checks: then it holds one
 * sentence per problem, naming file and line, and every rendering (text, Markdown, JSON) shows
 * them first.
 *
 * @param disclaimer the pack's disclaimer
 * @param knowledgeBase which pack answered
 * @param answers the answers as understood, in canonical form and questionnaire order
 * @param advice the advice, most urgent first
 * @param trace the rule firings, one step each; empty when not recorded
 * @param warnings problems with the pack a reader must see first; empty for a safe pack
 */
public record Report(
        String disclaimer,
        KnowledgeBaseInfo knowledgeBase,
        Map<String, Object> answers,
        List<AdviceItem> advice,
        List<TraceStep> trace,
        List<String> warnings) {

    /**
     * A report; the collections are copied and the answers keep their order.
     *
     * @param disclaimer the pack's disclaimer
     * @param knowledgeBase which pack answered
     * @param answers the answers as understood, in canonical form
     * @param advice the advice, most urgent first
     * @param trace the rule firings, empty when not recorded
     * @param warnings problems with the pack a reader must see first; empty for a safe pack
     */
    public Report {
        requireNonNull(disclaimer, "disclaimer");
        requireNonNull(knowledgeBase, "knowledgeBase");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        advice = List.copyOf(advice);
        trace = List.copyOf(trace);
        warnings = List.copyOf(warnings);
    }

    /**
     * A report without warnings, as every pack that passes the safety checks gives.
     *
     * @param disclaimer the pack's disclaimer
     * @param knowledgeBase which pack answered
     * @param answers the answers as understood, in canonical form
     * @param advice the advice, most urgent first
     * @param trace the rule firings, empty when not recorded
     */
    public Report(String disclaimer, KnowledgeBaseInfo knowledgeBase, Map<String, Object> answers, List<AdviceItem> advice,
            List<TraceStep> trace) {
        this(disclaimer, knowledgeBase, answers, advice, trace, List.of());
    }

    /**
     * The report as the documented JSON contract, in the shape the JSON Schema
     * {@code report.schema.json} describes; the same answers always give the same bytes. The trace
     * is included only when asked for, as it is meant for explanation, not display.
     *
     * @param includeTrace whether to add the reasoning trace
     * @return the JSON text
     */
    public String toJson(boolean includeTrace) {
        return ReportJson.write(this, includeTrace);
    }

    /**
     * Reads a report back from its JSON contract, as {@link #toJson} wrote it (a stored report, or
     * one from the service), without the caller needing a JSON library. A report read back equals
     * the one written, trace included when it was written.
     *
     * @param json the report's JSON
     * @return the report
     * @throws IllegalArgumentException naming the field when the text is not a report
     */
    public static Report fromJson(String json) {
        return ReportReader.read(java.util.Objects.requireNonNull(json, "json"));
    }
}
