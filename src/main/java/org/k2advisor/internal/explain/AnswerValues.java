package org.k2advisor.internal.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.answers.Bounds;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.engine.TracedSession;

/**
 * Concrete answers that would make an Answer pattern hold, or stop holding. Candidates come from
 * the question itself (yes/no/unknown, the choices) and, for numbers, from the pattern's own
 * thresholds and one either side, kept within the question's range; each is tried as the very
 * fact the rules would see, so the answer found is never a guess. `rules check` asks the same
 * question ("can any answer meet this?") to find conditions that never hold.
 */
public final class AnswerValues {
    private AnswerValues() {}

    /** A value for {@code question} that meets every comparison, or null when none of the candidates does. */
    public static Object satisfying(Question question, List<Comparison> comparisons) {
        for (Object candidate : candidates(question, comparisons)) {
            if (test(question, candidate, comparisons) == Truth.TRUE) {
                return candidate;
            }
        }
        return null;
    }

    /** A value for {@code question} that fails at least one comparison, or null. */
    static Object violating(Question question, List<Comparison> comparisons) {
        for (Object candidate : candidates(question, comparisons)) {
            if (test(question, candidate, comparisons) == Truth.FALSE) {
                return candidate;
            }
        }
        return null;
    }

    /** The answers that must change too so that {@code question} is asked at all (its "when" gates). */
    static List<AnswerChange> gates(Question question, List<Question> questions, Map<String, Object> answers) {
        List<AnswerChange> gates = new ArrayList<>();
        for (Map.Entry<String, List<Object>> gate : question.when().entrySet()) {
            Object answer = answers.get(gate.getKey());
            if (answer == null || !gate.getValue().contains(answer)) {
                questions.stream().filter(q -> q.id().equals(gate.getKey())).findFirst()
                        .ifPresent(q -> gates.addAll(gates(q, questions, answers)));
                gates.add(new AnswerChange(gate.getKey(), gate.getValue().get(0)));
            }
        }
        return gates;
    }

    private static Truth test(Question question, Object candidate, List<Comparison> comparisons) {
        return FactTest.matches(TracedSession.answerFact(question.id(), candidate), "Answer", comparisons);
    }

    private static List<Object> candidates(Question question, List<Comparison> comparisons) {
        Set<Object> candidates = new LinkedHashSet<>();
        switch (question.kind()) {
            case BOOLEAN -> candidates.addAll(List.of(Boolean.TRUE, Boolean.FALSE));
            case CHOICE -> candidates.addAll(question.choiceValues());
            default -> {
                for (Comparison comparison : comparisons) {
                    for (Object literal : comparison.values()) {
                        if (literal instanceof Double d) {
                            addNumber(candidates, question, d);
                            addNumber(candidates, question, d + 1);
                            addNumber(candidates, question, d - 1);
                        }
                    }
                }
                if (question.min() != null) {
                    addNumber(candidates, question, question.min().doubleValue());
                }
                if (question.max() != null) {
                    addNumber(candidates, question, question.max().doubleValue());
                }
            }
        }
        if (question.kind() != Question.Kind.CHOICE) {
            candidates.add(AnswerNormalizer.UNKNOWN);
        }
        return new ArrayList<>(candidates);
    }

    private static void addNumber(Set<Object> candidates, Question question, double value) {
        BigDecimal exact = BigDecimal.valueOf(value);
        boolean whole = value == Math.rint(value);
        if (Bounds.within(question, exact) && (whole || question.kind() != Question.Kind.INTEGER)) {
            candidates.add(whole ? (Object) exact.longValue() : exact.doubleValue());
        }
    }
}
