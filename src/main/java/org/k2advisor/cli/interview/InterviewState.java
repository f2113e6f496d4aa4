package org.k2advisor.cli.interview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.k2advisor.Question;

/**
 * Where an interview stands: the answers so far (canonical values), what was skipped, and
 * which questions apply now. Pure bookkeeping with no input or output, so skip logic and
 * "back" can be checked on their own.
 */
final class InterviewState {
    private final List<Question> order;
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final Set<String> skipped = new HashSet<>();
    private final Set<String> asked = new HashSet<>();
    private final Set<String> given;

    /** {@code given} are answers already known (from a file), in canonical form; they are not asked again. */
    InterviewState(List<Question> questions, Map<String, Object> given) {
        this.order = stoppingQuestionsFirst(questions);
        this.answers.putAll(given);
        this.given = new HashSet<>(given.keySet());
    }

    /**
     * A question that can end the interview (urgent symptoms) is asked first, so that nobody in an
     * emergency answers twenty questions before being told to get help.
     */
    private static List<Question> stoppingQuestionsFirst(List<Question> questions) {
        List<Question> ordered = new ArrayList<>();
        questions.stream().filter(q -> q.stopsInterviewOn() != null && q.when().isEmpty()).forEach(ordered::add);
        questions.stream().filter(q -> !ordered.contains(q)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** The next question to ask: the first that applies and is neither answered nor skipped; null when done. */
    Question next() {
        for (Question q : order) {
            if (q.appliesTo(answers) && !answers.containsKey(q.id()) && !skipped.contains(q.id())) {
                return q;
            }
        }
        return null;
    }

    /**
     * The question before {@code current} (null: the end) that was asked in this session and still
     * applies; null when there is none. Answers from a file are changed in the summary instead.
     */
    Question previous(Question current) {
        int end = current == null ? order.size() : order.indexOf(current);
        for (int i = end - 1; i >= 0; i--) {
            Question q = order.get(i);
            if (asked.contains(q.id()) && q.appliesTo(answers)) {
                return q;
            }
        }
        return null;
    }

    /** Records an answer; returns the ids of answers dropped because they no longer apply. */
    List<String> answer(Question q, Object canonical) {
        answers.put(q.id(), canonical);
        skipped.remove(q.id());
        asked.add(q.id());
        return dropInapplicable();
    }

    /** Leaves a question unanswered (clearing any earlier answer); returns the answers dropped with it. */
    List<String> skip(Question q) {
        answers.remove(q.id());
        skipped.add(q.id());
        asked.add(q.id());
        return dropInapplicable();
    }

    /**
     * A gate changed (say kidney disease from yes to no): answers that applied only under the old
     * value go. One pass in order suffices, as a question's gates always come before it.
     */
    private List<String> dropInapplicable() {
        List<String> dropped = new ArrayList<>();
        for (Question q : order) {
            if (!q.appliesTo(answers)) {
                if (answers.remove(q.id()) != null) {
                    dropped.add(q.id());
                }
                given.remove(q.id());
                skipped.remove(q.id());
            }
        }
        return dropped;
    }

    /** 1-based place of {@code q} among the questions this session asks, as far as they apply now. */
    int position(Question q) {
        int place = 1;
        for (Question other : toAsk()) {
            if (other == q) {
                return place;
            }
            place++;
        }
        return place;
    }

    /** How many questions this session asks, counting only those that apply to the answers so far. */
    int expectedTotal() {
        return toAsk().size();
    }

    private List<Question> toAsk() {
        return order.stream().filter(q -> q.appliesTo(answers) && !given.contains(q.id())).toList();
    }

    /** True once an answer is one that ends the interview (the questionnaire's stopsInterviewOn). */
    boolean emergency() {
        for (Question q : order) {
            if (q.stopsInterviewOn() != null && q.stopsInterviewOn().equals(answers.get(q.id()))) {
                return true;
            }
        }
        return false;
    }

    List<Question> order() {
        return order;
    }

    boolean isSkipped(String id) {
        return skipped.contains(id);
    }

    int givenCount() {
        return given.size();
    }

    Question find(String id) {
        return order.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    /** The answers so far, in interview order. */
    Map<String, Object> answers() {
        Map<String, Object> inOrder = new LinkedHashMap<>();
        for (Question q : order) {
            if (answers.containsKey(q.id())) {
                inOrder.put(q.id(), answers.get(q.id()));
            }
        }
        return inOrder;
    }

    Object answerTo(String id) {
        return answers.get(id);
    }
}
