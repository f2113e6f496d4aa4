package org.k2advisor.cli.interview;

import java.util.Locale;

import org.k2advisor.AdviceItem;
import org.k2advisor.WhyExplanation;
import org.k2advisor.internal.render.Wrap;

/**
 * "why N": the rule firings that led to one advice item, from the answers up, each told in its
 * rule's own @explain words, so the reasoning reads as sentences rather than rule names.
 */
final class ItemReasoning {
    private static final String STEP = "     ";

    private ItemReasoning() {}

    /** @param n the item's number as the report shows it, 1-based */
    static String render(WhyExplanation why, int n, int width) {
        AdviceItem item = why.item();
        StringBuilder out = new StringBuilder("\n");
        out.append(Wrap.wrap("Why item " + n + " (" + item.id() + "): ", "  ", item.summary(), width));
        if (why.steps().isEmpty()) {
            out.append(Wrap.wrap("  ", "  ", "The trace holds no rule firing that concluded it.", width));
        }
        int place = 1;
        for (WhyExplanation.Step step : why.steps()) {
            out.append(Wrap.wrap(String.format(Locale.ROOT, "  %d. ", place++), STEP,
                    step.rule().name() + " (claims " + String.join(", ", step.firing().claims()) + ")", width));
            String explanation = step.rule().explanation();
            if (explanation != null && !explanation.isBlank()) {
                out.append(Wrap.wrap(STEP, STEP, explanation, width));
            }
            out.append(Wrap.wrap(STEP + "because of: ", STEP + "  ", String.join(", ", step.firing().matched()), width));
        }
        out.append(Wrap.wrap("  ", "  ", "The claims behind it: " + String.join(", ", item.claims())
                + " (k2advisor claims lists them). Type trace to see every rule that fired.", width));
        return out.toString();
    }
}
