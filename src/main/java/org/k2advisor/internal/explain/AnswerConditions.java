package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.drl.FactShapes;

/**
 * Why an Answer pattern found no answer, question by question, and which answer would satisfy
 * it. A missing or "unknown" answer is named as what blocks the condition: the rule cannot see
 * past it, and the person may simply not have known.
 */
final class AnswerConditions {
    private AnswerConditions() {}

    record Outcome(List<String> notes, List<ChangeSet> fixes) {}

    static Outcome notHeld(RunContext run, List<Comparison> comparisons) {
        List<String> notes = new ArrayList<>();
        List<ChangeSet> fixes = new ArrayList<>();
        Set<String> ids = questionIds(comparisons);
        if (ids == null) {
            notes.add("no answer matches: " + ConstraintWords.pattern("Answer", comparisons));
        }
        for (String id : ids == null ? run.questions().stream().map(Question::id).toList() : List.copyOf(ids)) {
            Question question = run.question(id);
            if (question == null) {
                notes.add("the questionnaire has no question \"" + id + "\", so no answer can match");
                continue;
            }
            if (ids != null) {
                notes.add(whyNot(run, question, comparisons));
            }
            Object value = AnswerValues.satisfying(question, comparisons);
            // Suggesting the answer already given would change nothing (its fact was retracted by a rule).
            if (value != null && !value.equals(run.answers().get(id))) {
                List<AnswerChange> changes = new ArrayList<>(AnswerValues.gates(question, run.questions(), run.answers()));
                changes.add(new AnswerChange(id, value));
                fixes.add(new ChangeSet(changes));
            }
        }
        return new Outcome(notes, fixes);
    }

    private static String whyNot(RunContext run, Question question, List<Comparison> comparisons) {
        String id = question.id();
        Object current = run.answers().get(id);
        if (current == null) {
            String gate = question.appliesTo(run.answers()) ? "" : " (it is asked only when " + gates(question) + ")";
            return "\"" + id + "\" was not answered" + gate + ": this missing answer is what blocks the condition";
        }
        if (AnswerNormalizer.UNKNOWN.equals(current)) {
            return "\"" + id + "\" is \"unknown\": this unknown answer is what blocks the condition";
        }
        Object fact = run.facts().stream().filter(f -> FactShapes.isA(f, "Answer") && id.equals(FactShapes.get(f, "id")))
                .findFirst().orElse(null);
        if (fact == null) {
            return "\"" + id + "\" was answered (" + RunContext.shown(current) + "), but a rule retracted that answer from"
                    + " working memory (the trace shows which)";
        }
        List<String> failing = new ArrayList<>();
        for (Comparison comparison : comparisons) {
            if (!comparison.field().equals("id")
                    && FactTest.test(FactShapes.get(fact, comparison.field()), comparison) != Truth.TRUE) {
                failing.add(ConstraintWords.need(comparison, "its " + comparison.field()));
            }
        }
        return "\"" + id + "\" is " + RunContext.shown(current) + ", but the condition needs " + String.join(" and ", failing);
    }

    private static String gates(Question question) {
        List<String> parts = new ArrayList<>();
        question.when().forEach((gate, value) -> parts.add(gate + " is " + RunContext.shown(value)));
        return String.join(" and ", parts);
    }

    /** The question ids a pattern can match, or null when it does not restrict the id. */
    static Set<String> questionIds(List<Comparison> comparisons) {
        Set<String> ids = null;
        for (Comparison c : comparisons) {
            if (c.field().equals("id") && (c.operator().equals("==") || c.operator().equals("in"))) {
                Set<String> these = new LinkedHashSet<>();
                c.values().forEach(v -> these.add(String.valueOf(v)));
                if (ids == null) {
                    ids = these;
                } else {
                    ids.retainAll(these);
                }
            }
        }
        if (ids != null) {
            for (Comparison c : comparisons) {
                if (c.field().equals("id") && (c.operator().equals("!=") || c.operator().equals("not in"))) {
                    for (Object v : c.values()) {
                        ids.remove(String.valueOf(v));
                    }
                }
            }
        }
        return ids;
    }
}
