package org.k2advisor.internal.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.ValueEcho;

/**
 * FHIR's reading of the skip logic, applied to the answers of a response: an item is enabled only
 * when its enableWhen holds, and a disabled item takes no answer. So, unlike an answers file, a
 * response does not imply a gate it leaves unanswered (a calcium score without the scan question):
 * a FHIR validator would refuse it, and so does the advisor, in words that name the item.
 */
final class EnableWhen {
    private EnableWhen() {}

    /**
     * A problem for each answered item that its gates leave disabled, in questionnaire order.
     *
     * @param unusable linkIds whose answers had problems of their own: their dependents are not blamed
     */
    static List<Problem> check(List<Question> questions, Map<String, Object> answers, Set<String> unusable) {
        List<Problem> problems = new ArrayList<>();
        for (Question question : questions) {
            if (!answers.containsKey(question.id()) || question.when().isEmpty()) {
                continue;
            }
            List<String> failing = new ArrayList<>();
            question.when().forEach((gateId, allowed) -> {
                Question gate = questions.stream().filter(q -> q.id().equals(gateId)).findFirst().orElseThrow();
                Object actual = answers.get(gateId);
                if (unusable.contains(gateId)) {
                    return;
                }
                if (actual == null || allowed.stream().noneMatch(value -> same(gate, value, actual))) {
                    failing.add(gateId + " is " + allowed.stream().map(value -> words(gate, value))
                            .collect(Collectors.joining(" or ")) + " (it is " + (actual == null ? "not answered" : words(gate, actual)) + ")");
                }
            });
            if (!failing.isEmpty()) {
                problems.add(new Problem(Code.NOT_APPLICABLE, question.id(), "the item is not enabled, so it takes no answer: "
                        + "it applies only when " + String.join(" and ", failing)));
            }
        }
        return problems;
    }

    private static boolean same(Question gate, Object allowed, Object actual) {
        if (gate.kind().numeric()) {
            return allowed instanceof Number a && actual instanceof Number b
                    && new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        AnswerCodes.Coding expected = AnswerCodes.of(gate, allowed);
        return expected != null && expected.equals(AnswerCodes.of(gate, actual));
    }

    /** A value as the response gives it: a code, or a number. */
    private static String words(Question gate, Object value) {
        AnswerCodes.Coding coding = AnswerCodes.coded(gate) ? AnswerCodes.of(gate, value) : null;
        return coding != null ? coding.code() : value instanceof BigDecimal d ? ValueEcho.number(d) : ValueEcho.of(value);
    }
}
