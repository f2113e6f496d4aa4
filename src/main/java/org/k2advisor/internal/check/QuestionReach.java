package org.k2advisor.internal.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.k2advisor.Question;
import org.k2advisor.internal.drl.Condition;
import org.k2advisor.internal.drl.Constraint;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.drl.RuleSource;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.k2advisor.internal.pack.RawFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Is every question read by some rule? A rule reads a question when one of its Answer patterns
 * names its id (== or in); an Answer pattern that names no id could read any. A question that
 * decides whether another applies ("when") counts as read when that one is. A question asked for
 * another reason carries {@code "unread": "why"} in questionnaire.json; only this check reads it,
 * and it flags the mark once a rule does read the question.
 */
final class QuestionReach {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuestionReach() {}

    static List<PackProblem> problems(KnowledgePack pack, DrlRules drl, RawFile questionnaire) {
        Set<String> read = new LinkedHashSet<>();
        boolean readsAny = false;
        for (RuleSource rule : drl.rules()) {
            for (Condition condition : rule.conditions()) {
                if ("Answer".equals(condition.type())) {
                    Set<String> ids = namedIds(condition);
                    readsAny |= ids == null;
                    if (ids != null) {
                        read.addAll(ids);
                    }
                }
            }
        }
        for (Question question : pack.questions()) {
            if (read.contains(question.id())) {
                read.addAll(question.when().keySet());
            }
        }
        Map<String, String> unread = unreadMarks(questionnaire);
        List<PackProblem> problems = new ArrayList<>();
        for (Question question : pack.questions()) {
            int line = questionnaire.lineOfId(question.id());
            boolean isRead = readsAny || read.contains(question.id());
            if (!isRead && !unread.containsKey(question.id())) {
                problems.add(new PackProblem(questionnaire.location(), line, "question \"" + question.id()
                        + "\" is read by no rule (use it in a rule, or give it an \"unread\" reason)"));
            } else if (isRead && unread.containsKey(question.id()) && !readsAny) {
                problems.add(new PackProblem(questionnaire.location(), line, "question \"" + question.id()
                        + "\" is marked \"unread\" but a rule reads it (remove the mark)"));
            }
        }
        return problems;
    }

    /** The question ids an Answer pattern can match, or null when it names none (it could read any). */
    private static Set<String> namedIds(Condition condition) {
        for (Constraint.Comparison c : condition.comparisons()) {
            if (c.field().equals("id") && (c.operator().equals("==") || c.operator().equals("in"))) {
                Set<String> ids = new LinkedHashSet<>();
                c.values().forEach(v -> ids.add(String.valueOf(v)));
                return ids;
            }
        }
        return null;
    }

    private static Map<String, String> unreadMarks(RawFile questionnaire) {
        Map<String, String> marks = new TreeMap<>();
        try {
            Set<String> seen = new java.util.HashSet<>();
            for (JsonNode question : MAPPER.readTree(questionnaire.text()).path("questions")) {
                // The reader keeps the first of two questions with one id; so does this.
                if (seen.add(question.path("id").asText()) && question.hasNonNull("unread")) {
                    marks.put(question.path("id").asText(), question.get("unread").asText());
                }
            }
        } catch (java.io.IOException e) {
            // PackReader has already read this file; it cannot be malformed here.
        }
        return marks;
    }
}
