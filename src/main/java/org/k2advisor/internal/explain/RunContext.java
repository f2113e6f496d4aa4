package org.k2advisor.internal.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.Question;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.drl.DrlRules;

/**
 * One finished run as the why-not explanation sees it: the rules as written, the questionnaire,
 * the canonical answers, the facts left in working memory and the trace of firings.
 */
record RunContext(DrlRules drl, List<Question> questions, Map<String, Object> answers, List<Object> facts,
        List<TraceStep> trace) {

    RunContext {
        questions = List.copyOf(questions);
        answers = new LinkedHashMap<>(answers);
        facts = List.copyOf(facts);
        trace = List.copyOf(trace);
    }

    Question question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    /** The fact in working memory that prints as {@code text}, or null (it may have been retracted). */
    Object fact(String text) {
        return facts.stream().filter(f -> f.toString().equals(text)).findFirst().orElse(null);
    }

    /** The firings that inserted a fact printing as {@code text}, in order. */
    List<TraceStep> firingsInserting(String text) {
        return trace.stream().filter(step -> step.inserted().contains(text)).toList();
    }

    /** An answer value as the rules see it: yes/no for booleans. */
    static String shown(Object value) {
        return value instanceof Boolean b ? (b ? "yes" : "no") : String.valueOf(value);
    }

    static Map<String, Object> copy(Map<String, Object> answers) {
        return new LinkedHashMap<>(answers);
    }
}
