package org.k2advisor.internal.answers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;
import org.k2advisor.Question;

/**
 * Questions that apply only after another answer, the gate named in a question's {@code when}.
 * An answer whose gate is not answered implies the gate, when the gate allows exactly one value:
 * a calcium score implies {@code cac_scan: true}, as nobody has a score without a scan. A gate
 * that allows several values (such as {@code {"sex": ["female", "other"]}}) cannot be implied, as
 * nothing says which one holds; it stays an error naming the allowed values, as does a gate
 * answered with a value it does not allow. Driven only by the questionnaire, never by ids.
 */
final class GateImplication {
    private final Map<String, Question> byId;
    private final List<Question> order;
    /** Question id to its gates: gate id to the values it allows, in canonical form. */
    private final Map<String, Map<String, List<Object>>> gatesOf;

    /**
     * @param canonical the normalizer's check of one answer: a pack writes {@code "when": {"age": 60}},
     *     which JSON reads as an Integer, while answers are canonical Longs; comparing canonical
     *     forms keeps such a gate from never holding, and an implied answer canonical like any other
     */
    GateImplication(List<Question> questions, BiFunction<Question, Object, Object> canonical) {
        this.order = List.copyOf(questions);
        this.byId = new HashMap<>();
        this.order.forEach(q -> byId.put(q.id(), q));
        this.gatesOf = new HashMap<>();
        for (Question question : order) {
            Map<String, List<Object>> gates = new LinkedHashMap<>();
            question.when().forEach((gateId, required) -> gates.put(gateId, allowedValues(byId.get(gateId), required, canonical)));
            gatesOf.put(question.id(), gates);
        }
    }

    /**
     * Adds every implied gate to {@code answers} (canonical values) and returns a problem for each
     * answer whose gates do not hold, in no particular order.
     *
     * @param unusable ids that were given with a value that could not be used: they are reported
     *     on their own, so they are neither implied over nor blamed for other answers
     */
    List<Problem> apply(Map<String, Object> answers, Set<String> unusable) {
        if (allGatesHold(answers)) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> impliedBy = new HashMap<>();
        // Latest question first, and each implied gate checked in turn, so chains of gates imply
        // all the way back whatever order the questionnaire lists them in.
        Deque<Question> toCheck = new ArrayDeque<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            if (answers.containsKey(order.get(i).id())) {
                toCheck.add(order.get(i));
            }
        }
        while (!toCheck.isEmpty()) {
            Question question = toCheck.poll();
            List<String> failing = new ArrayList<>();
            for (Map.Entry<String, List<Object>> gate : gatesOf.get(question.id()).entrySet()) {
                String gateId = gate.getKey();
                List<Object> allowed = gate.getValue();
                if (answers.containsKey(gateId)) {
                    Object actual = answers.get(gateId);
                    if (!allowed.contains(actual)) {
                        String source = impliedBy.containsKey(gateId) ? ", implied by " + impliedBy.get(gateId) : "";
                        failing.add(describe(gateId, allowed) + " (it is " + ValueEcho.of(actual) + source + ")");
                    }
                } else if (!unusable.contains(gateId)) {
                    if (allowed.size() == 1) {
                        answers.put(gateId, allowed.get(0));
                        impliedBy.put(gateId, question.id());
                        Question implied = byId.get(gateId);
                        if (implied != null) {
                            toCheck.add(implied);
                        }
                    } else {
                        failing.add(describe(gateId, allowed) + " (it is not answered)");
                    }
                }
            }
            if (!failing.isEmpty()) {
                problems.add(new Problem(Code.NOT_APPLICABLE, question.id(), "applies only when " + String.join(" and ", failing)));
            }
        }
        return problems;
    }

    /** The common case, checked without allocating: this runs on every evaluation. */
    private boolean allGatesHold(Map<String, Object> answers) {
        for (Question question : order) {
            if (!question.when().isEmpty() && answers.containsKey(question.id())) {
                for (Map.Entry<String, List<Object>> gate : gatesOf.get(question.id()).entrySet()) {
                    Object actual = answers.get(gate.getKey());
                    if (actual == null || !gate.getValue().contains(actual)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The values a gate allows, canonical: a list in {@code when}, or one value. A value the gate
     * question would refuse is kept as written, so it simply never holds: a mistake in the pack,
     * not in anyone's answers.
     */
    private static List<Object> allowedValues(Question gate, Object required, BiFunction<Question, Object, Object> canonical) {
        List<Object> allowed = new ArrayList<>();
        for (Object value : required instanceof Collection<?> many ? many : List.of(required)) {
            Object form = value;
            try {
                form = gate == null ? value : canonical.apply(gate, value);
            } catch (InvalidAnswersException e) {
                // kept as written, see above
            }
            allowed.add(form);
        }
        return List.copyOf(allowed);
    }

    private static String describe(String gateId, List<Object> allowed) {
        return allowed.size() == 1 ? gateId + " is " + ValueEcho.of(allowed.get(0))
                : gateId + " is one of " + allowed.stream().map(ValueEcho::of).collect(Collectors.joining(", "));
    }
}
