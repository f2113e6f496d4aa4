package org.k2advisor.internal.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.k2advisor.KnowledgePackException;
import org.k2advisor.TraceStep;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The one-line messages for a pack whose rules fail while they run, each naming the rule by its
 * file and line as an educator finds it in the DRL. Drools' own exception types stay here: a
 * caller sees a {@link KnowledgePackException} whose cause, if any, is the rule's own exception.
 */
final class RunFailures {
    /** Enough of an exception's message to recognise it; it is pack code's text, so keep it short. */
    private static final int MAX_CAUSE_MESSAGE = 200;

    private RunFailures() {}

    /** A rule's consequence threw: {@code file:line: rule "name" failed: Type: message}. */
    static KnowledgePackException consequence(ConsequenceException e, Map<String, RuleInfoIndex.Entry> rules) {
        String rule = e.getMatch() == null ? null : e.getMatch().getRule().getName();
        Throwable cause = ruleCause(e);
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip().lines().findFirst().orElse("");
        if (message.length() > MAX_CAUSE_MESSAGE) {
            message = message.substring(0, MAX_CAUSE_MESSAGE) + "...";
        }
        return new KnowledgePackException(where(rule, rules) + "failed: " + cause.getClass().getSimpleName()
                + (message.isEmpty() ? "" : ": " + message), cause);
    }

    /** How many of the rules that keep firing a message names; the rest are counted. */
    private static final int MAX_NAMED = 3;

    /**
     * The firing limit stopped a run: names the rules that fired most in the last {@code limit}
     * firings, with their counts. The last rule to fire is not necessarily one of the loop (a rule
     * reacting to each new fact the loop makes fires as often); counting shows which ones dominate.
     * A sound pack fires each rule a few times, so a rule with 1% or more of the firings is named.
     */
    static KnowledgePackException firingLimit(List<TraceStep> trace, int limit) {
        List<TraceStep> window = trace.subList(Math.max(0, trace.size() - limit), trace.size());
        Map<String, Integer> counts = new HashMap<>();
        window.forEach(step -> counts.merge(step.rule(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> byCount = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        int threshold = Math.max(1, window.size() / 100);
        List<Map.Entry<String, Integer>> busy = byCount.stream().filter(e -> e.getValue() >= threshold).toList();
        if (busy.isEmpty()) {
            busy = byCount.subList(0, Math.min(1, byCount.size()));
        }
        StringBuilder message = new StringBuilder("the rules fired more than ").append(grouped(limit))
                .append(" times and were stopped; ")
                .append(busy.size() == 1 ? "this rule keeps re-triggering: " : "these rules keep re-triggering: ");
        for (int i = 0; i < Math.min(busy.size(), MAX_NAMED); i++) {
            Map.Entry<String, Integer> rule = busy.get(i);
            message.append(i == 0 ? "" : ", ").append('"').append(rule.getKey()).append("\" (")
                    .append(grouped(rule.getValue()))
                    .append(i == 0 ? " of the last " + grouped(window.size()) + " firings)" : " of them)");
        }
        if (busy.size() > MAX_NAMED) {
            message.append(" and ").append(busy.size() - MAX_NAMED).append(" more");
        }
        return new KnowledgePackException(message.toString());
    }

    /**
     * The run went past its time budget and was halted between two firings (it was slow but
     * progressing): names the rule whose firing ended past the budget.
     */
    static KnowledgePackException outOfTime(String lastRule, int firings, Duration budget,
            Map<String, RuleInfoIndex.Entry> rules) {
        if (lastRule == null) {
            return new KnowledgePackException("the rules ran past the time budget (" + describe(budget)
                    + ") before any rule fired, and were stopped");
        }
        return new KnowledgePackException(where(lastRule, rules) + "ran past the time budget (" + describe(budget)
                + "); the rules were stopped after " + grouped(firings) + " firing" + (firings == 1 ? "" : "s"));
    }

    /**
     * The caller stopped waiting for a run on another thread: names the rule whose action was still
     * running ({@code rule}), or says the rules were between firings (matching) when time ran out.
     */
    static KnowledgePackException stillRunning(String rule, Duration budget, Map<String, RuleInfoIndex.Entry> rules) {
        if (rule == null) {
            return new KnowledgePackException("the rules were still running when the time budget (" + describe(budget)
                    + ") ran out, and were abandoned");
        }
        return new KnowledgePackException(where(rule, rules) + "was still running when the time budget ("
                + describe(budget) + ") ran out, and was abandoned (does its action ever return?)");
    }

    /** "2 s", "200 ms", "1500 ms". */
    static String describe(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String grouped(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code file:line: rule "name" } for a rule of the pack, or just the quoted name if it has no known place. */
    static String where(String rule, Map<String, RuleInfoIndex.Entry> rules) {
        if (rule == null) {
            return "a rule ";
        }
        RuleInfoIndex.Entry entry = rules.get(rule);
        boolean located = entry != null && entry.info().line() > 0;
        return (located ? entry.info().file() + ":" + entry.info().line() + ": " : "") + "rule \"" + rule + "\" ";
    }

    /** The exception the rule's own code threw, under Drools' wrappers (and reflection's, for some dialects). */
    private static Throwable ruleCause(ConsequenceException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        while (cause.getCause() != null && isWrapper(cause)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean isWrapper(Throwable t) {
        String name = t.getClass().getName();
        return t instanceof InvocationTargetException || t instanceof UndeclaredThrowableException
                || t instanceof ConsequenceException || name.startsWith("org.drools.") || name.startsWith("org.kie.")
                || name.startsWith("org.mvel2.");
    }
}
