package org.k2advisor.internal.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.k2advisor.TraceStep;
import org.k2advisor.internal.drl.Condition;
import org.k2advisor.internal.drl.Constraint.Comparison;
import org.k2advisor.internal.drl.RuleSource;
import org.k2advisor.internal.explain.ConditionVerdict.Status;

/**
 * Why a rule did (not) fire, condition by condition, against the working memory a run left:
 * each pattern is evaluated with our own reading of the constraint subset; a missing finding
 * sends us to the rules that could have concluded it, with what they would have needed; a
 * {@code not} that failed names the facts in the way and where they came from.
 */
final class WhyNotExplainer {
    private static final int MAX_DEPTH = 4;
    private static final String OUTSIDE = "this condition is outside the small constraint language the explainer"
            + " reads (==, !=, <, <=, >, >=, in, not in, $x : field, not); Drools evaluates it, but it cannot be explained here";

    private final RunContext run;

    WhyNotExplainer(RunContext run) {
        this.run = run;
    }

    /** Every rule whose consequence inserts {@code new Advice("adviceId")}, in file and line order. */
    List<RuleVerdict> rulesConcluding(String adviceId) {
        return run.drl().rules().stream().filter(rule -> rule.concludes("Advice", adviceId))
                .map(rule -> verdict(rule, Map.of(), 0, Set.of())).toList();
    }

    RuleVerdict verdict(RuleSource rule, Map<Integer, List<Comparison>> wanted, int depth, Set<String> visiting) {
        Set<String> inside = new HashSet<>(visiting);
        inside.add(rule.name());
        List<ConditionVerdict> conditions = new ArrayList<>();
        for (int i = 0; i < rule.conditions().size(); i++) {
            conditions.add(condition(rule.conditions().get(i), wanted.getOrDefault(i, List.of()), depth, inside));
        }
        RuleVerdict.Outcome outcome = conditions.stream().anyMatch(c -> c.status() == Status.CANNOT_EXPLAIN)
                ? RuleVerdict.Outcome.CANNOT_EXPLAIN
                : conditions.stream().allMatch(c -> c.status() == Status.HELD) ? RuleVerdict.Outcome.FIRES : RuleVerdict.Outcome.BLOCKED;
        List<List<ChangeSet>> needed = conditions.stream().filter(c -> c.status() == Status.NOT_HELD)
                .map(ConditionVerdict::fixes).toList();
        List<ChangeSet> fixes = outcome == RuleVerdict.Outcome.FIRES || needed.isEmpty() || needed.stream().anyMatch(List::isEmpty)
                ? List.of() : ChangeSet.distinct(ChangeSet.product(needed));
        List<Integer> retracted = run.trace().stream()
                .filter(step -> step.rule().equals(rule.name()) && !step.inserted().isEmpty()
                        && step.inserted().stream().allMatch(fact -> run.fact(fact) == null))
                .map(TraceStep::step).toList();
        return new RuleVerdict(rule, outcome, retracted, conditions, fixes);
    }

    private ConditionVerdict condition(Condition condition, List<Comparison> wanted, int depth, Set<String> visiting) {
        if (!condition.understood()) {
            return new ConditionVerdict(condition, wanted, Status.CANNOT_EXPLAIN, List.of(OUTSIDE), List.of(), List.of());
        }
        List<Comparison> all = new ArrayList<>(condition.comparisons());
        all.addAll(wanted);
        List<Object> matching = new ArrayList<>();
        boolean undecided = false;
        for (Object fact : run.facts()) {
            Truth truth = FactTest.matches(fact, condition.type(), all);
            undecided |= truth == Truth.UNKNOWN;
            if (truth == Truth.TRUE) {
                matching.add(fact);
            }
        }
        if (undecided && matching.isEmpty()) {
            return new ConditionVerdict(condition, wanted, Status.CANNOT_EXPLAIN, List.of("a comparison here orders text, or"
                    + " compares a number with text, which the explainer does not evaluate"), List.of(), List.of());
        }
        String words = ConstraintWords.pattern(condition.type(), all);
        if (!condition.negated()) {
            return matching.isEmpty() ? missing(condition, wanted, all, words, depth, visiting)
                    : held(condition, wanted, "held: matched " + joined(matching));
        }
        if (matching.isEmpty()) {
            return held(condition, wanted, "held: working memory holds no " + words.replaceFirst("^an? ", ""));
        }
        List<String> notes = new ArrayList<>();
        List<List<ChangeSet>> removals = new ArrayList<>();
        for (Object fact : matching) {
            notes.add("did not hold: " + fact + " is in working memory" + origin(fact));
            removals.add(Removals.of(run, fact, all, depth));
        }
        List<ChangeSet> fixes = removals.stream().anyMatch(List::isEmpty) ? List.of() : ChangeSet.distinct(ChangeSet.product(removals));
        return new ConditionVerdict(condition, wanted, Status.NOT_HELD, notes, List.of(), fixes);
    }

    private ConditionVerdict missing(Condition condition, List<Comparison> wanted, List<Comparison> all, String words,
            int depth, Set<String> visiting) {
        if (condition.type().equals("Answer")) {
            AnswerConditions.Outcome outcome = AnswerConditions.notHeld(run, all);
            List<String> notes = outcome.notes().stream().map(note -> "did not hold: " + note).toList();
            return new ConditionVerdict(condition, wanted, Status.NOT_HELD, notes, List.of(), ChangeSet.distinct(outcome.fixes()));
        }
        List<String> notes = new ArrayList<>(List.of("did not hold: working memory holds no " + words.replaceFirst("^an? ", "")));
        if (depth >= MAX_DEPTH) {
            notes.add("(the explanation stops here: the rules nest too deep to follow further)");
            return new ConditionVerdict(condition, wanted, Status.NOT_HELD, notes, List.of(), List.of());
        }
        List<RuleVerdict> producers = Producers.of(run.drl(), condition.type(), all, visiting).stream()
                .map(candidate -> verdict(candidate.rule(), candidate.wanted(), depth + 1, visiting)).toList();
        if (producers.isEmpty()) {
            notes.add("no rule concludes such a " + condition.type());
        }
        List<ChangeSet> fixes = new ArrayList<>();
        producers.forEach(producer -> fixes.addAll(producer.fixes()));
        return new ConditionVerdict(condition, wanted, Status.NOT_HELD, notes, producers, ChangeSet.distinct(fixes));
    }

    private static ConditionVerdict held(Condition condition, List<Comparison> wanted, String note) {
        return new ConditionVerdict(condition, wanted, Status.HELD, List.of(note), List.of(), List.of());
    }

    /** Where a fact came from: the person's answer, or the firings that concluded it and what they matched. */
    private String origin(Object fact) {
        if (fact.getClass().getSimpleName().equals("Answer")) {
            return " (an answer)";
        }
        List<TraceStep> firings = run.firingsInserting(fact.toString());
        return firings.isEmpty() ? "" : firings.stream().map(step -> "rule " + step.rule()
                + (step.matched().isEmpty() ? "" : " from " + String.join(", ", step.matched())))
                .collect(Collectors.joining("; ", " (concluded by ", ")"));
    }

    private static String joined(List<Object> facts) {
        return facts.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
