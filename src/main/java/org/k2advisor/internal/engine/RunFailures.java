package org.k2advisor.internal.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Map;

import org.k2advisor.KnowledgePackException;
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
