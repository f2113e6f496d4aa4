package org.k2advisor.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.k2advisor.Question;
import org.k2advisor.internal.answers.Bounds;
import org.k2advisor.internal.answers.EditDistance;
import org.k2advisor.internal.drl.Condition;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.drl.DrlRules;
import org.k2advisor.internal.drl.RuleSource;
import org.k2advisor.internal.explain.AnswerValues;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;

/**
 * Does every Answer pattern name a question that exists, and compare it with values that question
 * can have? {@code Answer(id == "agee")}, {@code Answer(id == "goal", value == "cure")} and
 * {@code Answer(id == "age", number > 200)} all compile, and then silently never match. Whether
 * some answer can meet a comparison is decided by {@link AnswerValues}, which tries each allowed
 * answer as the very fact the rules would see, so this check and the explanations never disagree.
 */
final class AnswerReads {
    private static final List<String> EQUALITY = List.of("==", "!=", "in", "not in");
    private static final List<String> ORDER = List.of("<", "<=", ">", ">=");

    private AnswerReads() {}

    static List<PackProblem> problems(KnowledgePack pack, DrlRules drl) {
        Map<String, Question> questions = pack.questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        List<PackProblem> problems = new ArrayList<>();
        for (RuleSource rule : drl.rules()) {
            for (Condition condition : rule.conditions()) {
                if ("Answer".equals(condition.type())) {
                    check(rule, condition, questions, problems);
                }
            }
        }
        return problems;
    }

    private static void check(RuleSource rule, Condition condition, Map<String, Question> questions,
            List<PackProblem> problems) {
        List<Question> read = new ArrayList<>();
        for (Comparison c : condition.comparisons()) {
            if (!c.field().equals("id")) {
                continue;
            }
            for (Object id : c.values()) {
                Question question = questions.get(String.valueOf(id));
                if (question == null) {
                    String near = EditDistance.nearest(String.valueOf(id), questions.keySet());
                    problems.add(problem(rule, condition, "reads answer \"" + id + "\", which no question defines"
                            + (near == null ? "" : " (did you mean \"" + near + "\"?)")));
                } else if (c.operator().equals("==") || c.operator().equals("in")) {
                    read.add(question);
                }
            }
        }
        for (Question question : read) {
            for (Comparison c : condition.comparisons()) {
                if (c.field().equals("value") || c.field().equals("number")) {
                    neverHolds(rule, condition, question, c, problems);
                }
            }
        }
    }

    /**
     * Each value an equality names must be one the answer can have (a typo in {@code in (...)}
     * leaves the rest working, but is still a typo); an order comparison must hold for some answer.
     */
    private static void neverHolds(RuleSource rule, Condition condition, Question question, Comparison c,
            List<PackProblem> problems) {
        if (EQUALITY.contains(c.operator())) {
            for (Object value : c.values()) {
                Comparison equal = new Comparison(c.field(), "==", List.of(value), c.field() + " == " + Comparison.show(value));
                if (AnswerValues.satisfying(question, List.of(equal)) == null) {
                    problems.add(problem(rule, condition, "compares answer \"" + question.id() + "\" with " + Comparison.show(value)
                            + ", which it never has (" + has(question) + ")"));
                }
            }
        } else if (ORDER.contains(c.operator()) && c.field().equals("number")
                && AnswerValues.satisfying(question, List.of(c)) == null) {
            problems.add(problem(rule, condition, "tests answer \"" + question.id() + "\" for " + c.text()
                    + ", which never holds (" + has(question) + ")"));
        }
    }

    /** What an answer's fact can hold, in the rules' own terms. */
    private static String has(Question question) {
        return switch (question.kind()) {
            case BOOLEAN -> "its value is \"yes\", \"no\" or \"unknown\"";
            case CHOICE -> "its value is one of " + question.choiceValues().stream().map(Comparison::show)
                    .collect(Collectors.joining(", "));
            case INTEGER, NUMBER -> "its number is " + (question.kind() == Question.Kind.INTEGER ? "a whole number" + range(question)
                    : range(question).isEmpty() ? "any number" : range(question).strip()) + ", or null when \"unknown\"";
        };
    }

    private static String range(Question question) {
        if (question.min() != null && question.max() != null) {
            return " from " + Bounds.plain(question.min()) + " to " + Bounds.plain(question.max());
        }
        if (question.min() != null) {
            return " of at least " + Bounds.plain(question.min());
        }
        return question.max() != null ? " of at most " + Bounds.plain(question.max()) : "";
    }

    private static PackProblem problem(RuleSource rule, Condition condition, String message) {
        return new PackProblem(rule.file(), condition.line(), "rule \"" + rule.name() + "\" " + message);
    }
}
