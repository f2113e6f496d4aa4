package org.k2advisor.internal.render;

import java.util.stream.Collectors;

import org.k2advisor.WhyNotExplanation;
import org.k2advisor.WhyNotExplanation.Alternative;
import org.k2advisor.WhyNotExplanation.Outcome;
import org.k2advisor.WhyNotExplanation.RuleVerdict;

/** The sentences `explain why-not` uses in every format, kept in one place so text and Markdown agree. */
final class WhyNotWords {
    private WhyNotWords() {}

    static String opening(WhyNotExplanation why) {
        int count = why.rules().size();
        String rules = count == 0 ? "No rule in this pack concludes it, so no answers can bring it into a report."
                : count == 1 ? "1 rule could conclude it:" : count + " rules could conclude it:";
        if (why.inReport()) {
            return "It is in the report for these answers: rule " + String.join(", rule ", why.concludedBy())
                    + " concluded it (`k2advisor explain why " + why.item().id() + "` shows how). " + rules;
        }
        return "It is not in the report for these answers. " + rules;
    }

    /** The verdict on a rule that could conclude the item itself. */
    static String outcome(RuleVerdict verdict) {
        return switch (verdict.outcome()) {
            case FIRES -> "fires, every condition holds";
            case BLOCKED -> verdict.retractedFirings().isEmpty() ? "does not fire"
                    : "fired (" + firings(verdict) + "), but its conditions no longer hold at the end of the run, so"
                            + " what it concluded was retracted";
            case CANNOT_EXPLAIN -> "cannot be fully explained";
        };
    }

    /** The verdict on a rule that could conclude a fact another rule needs: about that fact, not the rule's other firings. */
    static String nestedOutcome(RuleVerdict verdict) {
        return switch (verdict.outcome()) {
            case FIRES -> "concludes it";
            case BLOCKED -> verdict.retractedFirings().isEmpty() ? "did not conclude it"
                    : "concluded it (" + firings(verdict) + "), but that was retracted when its conditions stopped holding";
            case CANNOT_EXPLAIN -> "cannot be fully explained";
        };
    }

    private static String firings(RuleVerdict verdict) {
        return (verdict.retractedFirings().size() == 1 ? "firing " : "firings ")
                + verdict.retractedFirings().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String noFix(RuleVerdict verdict) {
        return verdict.outcome() == Outcome.CANNOT_EXPLAIN
                ? "Which answers would make it fire cannot be worked out, as a condition is outside what the explainer reads."
                : "No change to the answers alone would make this rule fire.";
    }

    static String fixHeading(RuleVerdict verdict, WhyNotExplanation why) {
        String partial = verdict.outcome() == Outcome.CANNOT_EXPLAIN
                ? "; a condition here could not be explained, so these may not be enough" : "";
        // These are different answers to the questionnaire, never a suggestion to change anything in real life.
        return why.inReport()
                ? "This rule would fire too with any one of these different answers" + partial + ":"
                : "Any one of these different answers would make it fire" + partial
                        + ". They are what-ifs about the answers, not suggestions to change anything; each was checked"
                        + " by running the rules again:";
    }

    static String checked(Alternative alternative, String adviceId) {
        if (alternative.problem() != null) {
            return "(could not be checked: " + alternative.problem() + ")";
        }
        if (alternative.bringsItem() == null) {
            return "";
        }
        return alternative.bringsItem() ? "(checked: the report then includes " + adviceId + ")"
                : "(checked: the report still does not include " + adviceId + ")";
    }
}
