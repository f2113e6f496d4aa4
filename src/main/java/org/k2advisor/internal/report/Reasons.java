package org.k2advisor.internal.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.k2advisor.Question;
import org.k2advisor.Reason;
import org.k2advisor.internal.facts.Answer;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.text.Numbers;

/**
 * Why an item is there for this person: the answers its justification rests on, found by walking
 * from the advice facts back through the findings they matched to the answers those matched. Never
 * written per item, so it stays true when the rules change; an item with no answer behind it (a
 * rule without conditions) gets no reasons, which the report shows as "for everyone".
 */
final class Reasons {
    private final Map<String, Map<String, String>> words;
    private final Map<String, Integer> order = new HashMap<>();

    Reasons(KnowledgePack pack) {
        this.words = pack.reasons();
        List<Question> questions = pack.questions();
        for (int i = 0; i < questions.size(); i++) {
            order.put(questions.get(i).id(), i);
        }
    }

    List<Reason> of(List<Object> adviceFacts, Map<Object, List<Object>> justifications, Map<String, Object> answers) {
        Map<Integer, String> reached = new TreeMap<>(); // questionnaire position -> question id
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>(adviceFacts);
        while (!pending.isEmpty()) {
            Object fact = pending.pop();
            if (!seen.add(fact)) {
                continue;
            }
            if (fact instanceof Answer answer) {
                reached.put(order.getOrDefault(answer.getId(), Integer.MAX_VALUE), answer.getId());
            }
            List<Object> basis = justifications.get(fact);
            if (basis != null) {
                pending.addAll(basis);
            }
        }
        List<Reason> list = new ArrayList<>(reached.size());
        for (String question : reached.values()) {
            Object answer = answers.get(question);
            if (answer != null) {
                list.add(new Reason(question, answer, words(question, answer)));
            }
        }
        return list;
    }

    private String words(String question, Object answer) {
        Map<String, String> forQuestion = words.getOrDefault(question, Map.of());
        if (answer instanceof Boolean b) {
            return forQuestion.get(b ? "yes" : "no");
        }
        if (answer instanceof Number n) {
            return forQuestion.get("number").replace("{value}", Numbers.plain(n));
        }
        return forQuestion.getOrDefault(answer.toString(), answer.toString());
    }
}
