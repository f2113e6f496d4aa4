package org.k2advisor.cli;

import org.k2advisor.internal.explain.RuleVerdict;
import org.k2advisor.internal.explain.WhyNot;

/** The sentences `explain why-not` uses in every format, kept in one place so text and Markdown agree. */
final class WhyNotWords {
    private WhyNotWords() {}

    static String opening(WhyNot.Explanation why) {
        int count = why.rules().size();
        String rules = count == 0 ? "No rule in this pack concludes it, so no answers can bring it into a report."
                : count == 1 ? "1 rule could conclude it:" : count + " rules could conclude it:";
        if (why.inReport()) {
            return "It is in the report for these answers: rule " + String.join(", rule ", why.concludedBy())
                    + " concluded it (`k2advisor explain why " + why.adviceId() + "` shows how). " + rules;
        }
        return "It is not in the report for these answers. " + rules;
    }

    static String outcome(RuleVerdict.Outcome outcome) {
        return switch (outcome) {
            case FIRES -> "fires, every condition holds";
            case BLOCKED -> "does not fire";
            case CANNOT_EXPLAIN -> "cannot be fully explained";
        };
    }

    static String noFix(RuleVerdict verdict) {
        return verdict.outcome() == RuleVerdict.Outcome.CANNOT_EXPLAIN
                ? "Which answers would make it fire cannot be worked out, as a condition is outside what the explainer reads."
                : "No change to the answers alone would make this rule fire.";
    }

    static String fixHeading(RuleVerdict verdict, WhyNot.Explanation why) {
        String partial = verdict.outcome() == RuleVerdict.Outcome.CANNOT_EXPLAIN
                ? "; a condition here could not be explained, so these may not be enough" : "";
        // These are different answers to the questionnaire, never a suggestion to change anything in real life.
        return why.inReport()
                ? "This rule would fire too with any one of these different answers" + partial + ":"
                : "Any one of these different answers would make it fire" + partial
                        + ". They are what-ifs about the answers, not suggestions to change anything; each was checked"
                        + " by running the rules again:";
    }

    static String checked(WhyNot.Check check, String adviceId) {
        if (check == null) {
            return "";
        }
        if (check.problem() != null) {
            return "(could not be checked: " + check.problem() + ")";
        }
        return check.brings() ? "(checked: the report then includes " + adviceId + ")"
                : "(checked: the report still does not include " + adviceId + ")";
    }
}
