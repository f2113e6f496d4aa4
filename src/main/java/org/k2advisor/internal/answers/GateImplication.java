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
 * An answer whose gate is not answered implies the gate only when the answer affirms it (see
 * {@link #affirms}) and the gate allows exactly one value: a calcium score implies
 * {@code cac_scan: true}, as nobody has a score without a scan, and dialysis "yes" implies kidney
 * disease; dialysis "no" or "don't know" says nothing about kidney disease, so it implies nothing
 * and is a {@link Code#GATE_UNANSWERED} problem asking for the gate. A gate that allows several
 * values (such as {@code {"sex": ["female", "other"]}}) cannot be implied either, as nothing says
 * which one holds. A gate answered with a value it does not allow is {@link Code#NOT_APPLICABLE}.
 * Driven only by the questionnaire, never by ids.
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
            List<String> missing = new ArrayList<>();
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
                    if (allowed.size() == 1 && affirms(question, answers.get(question.id()))) {
                        answers.put(gateId, allowed.get(0));
                        impliedBy.put(gateId, question.id());
                        Question implied = byId.get(gateId);
                        if (implied != null) {
                            toCheck.add(implied);
                        }
                    } else {
                        missing.add(gateId);
                    }
                }
            }
            if (!failing.isEmpty()) {
                problems.add(new Problem(Code.NOT_APPLICABLE, question.id(), "applies only when " + String.join(" and ", failing)));
            }
            if (!missing.isEmpty()) {
                problems.add(new Problem(Code.GATE_UNANSWERED, question.id(), unanswered(question, answers.get(question.id()), missing)));
            }
        }
        return problems;
    }

    /**
     * Whether an answer says that its unanswered gate holds, the one rule of implication: yes to a
     * yes/no question, and any number (a score, a dose), as nobody has either without the gate. "No"
     * and "don't know" say nothing about the gate. A choice says nothing either: no choice question
     * of a questionnaire is gated today, and which choices affirm would have to be written in the
     * questionnaire, not guessed here.
     */
    static boolean affirms(Question question, Object canonical) {
        return switch (question.kind()) {
            case BOOLEAN -> Boolean.TRUE.equals(canonical);
            case INTEGER, NUMBER -> canonical instanceof Number;
            case CHOICE -> false;
        };
    }

    /** What to add, and why this answer did not add it: "answer kidney_disease first: ...". */
    private String unanswered(Question question, Object answer, List<String> missing) {
        List<String> gates = new ArrayList<>();
        for (String gateId : missing) {
            gates.add(describe(gateId, gatesOf.get(question.id()).get(gateId)));
        }
        String first = "answer " + String.join(" and ", missing) + " first: " + question.id() + " applies only when "
                + String.join(" and ", gates);
        boolean impliable = missing.stream().allMatch(gateId -> gatesOf.get(question.id()).get(gateId).size() == 1);
        return impliable ? first + ", and " + inWords(answer) + " to " + question.id() + " does not say whether "
                + (missing.size() == 1 ? "it is" : "they are") : first;
    }

    /** The answer as a person gave it: "no" rather than false, "don't know" rather than "unknown". */
    private static String inWords(Object canonical) {
        if (Boolean.FALSE.equals(canonical)) {
            return "\"no\"";
        }
        return AnswerNormalizer.UNKNOWN.equals(canonical) ? "\"don't know\"" : ValueEcho.of(canonical);
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
