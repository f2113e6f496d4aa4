package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.internal.json.ReportJson;

/**
 * What the advisor concluded for one set of answers: the disclaimer, which pack answered, the
 * answers as understood (canonical values, questionnaire order), the advice in order of urgency
 * and the reasoning trace, one step per rule firing.
 */
public record Report(
        String disclaimer,
        KnowledgeBaseInfo knowledgeBase,
        Map<String, Object> answers,
        List<AdviceItem> advice,
        List<TraceStep> trace) {

    /**
     * A report; the collections are copied and the answers keep their order.
     *
     * @param disclaimer the pack's disclaimer
     * @param knowledgeBase which pack answered
     * @param answers the answers as understood, in canonical form
     * @param advice the advice, most urgent first
     * @param trace the rule firings, empty when not recorded
     */
    public Report {
        requireNonNull(disclaimer, "disclaimer");
        requireNonNull(knowledgeBase, "knowledgeBase");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        advice = List.copyOf(advice);
        trace = List.copyOf(trace);
    }

    /**
     * The report as the documented JSON contract; the same answers always give the same bytes.
     * The trace is included only when asked for, as it is meant for explanation, not display.
     *
     * @param includeTrace whether to add the reasoning trace
     * @return the JSON text
     */
    public String toJson(boolean includeTrace) {
        return ReportJson.write(this, includeTrace);
    }
}
