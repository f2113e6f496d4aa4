package org.k2advisor.cli.interview;

import java.util.List;
import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Report;
import org.k2advisor.TraceStep;
import org.k2advisor.cli.Wrap;
import org.k2advisor.internal.explain.WhyChain;

/**
 * "why N": the rule firings that led to one advice item, from the answers up, each told in its
 * rule's own @explain words, so the reasoning reads as sentences rather than rule names.
 */
final class WhyExplanation {
    private static final String STEP = "     ";

    private WhyExplanation() {}

    /**
     * @param n the item's number as the report shows it, 1-based and in range
     * @param explanations rule name to its @explain text
     */
    static String render(Report report, int n, Map<String, String> explanations, int width) {
        AdviceItem item = report.advice().get(n - 1);
        StringBuilder out = new StringBuilder("\n");
        out.append(Wrap.wrap("Why item " + n + " (" + item.id() + "): ", "  ", item.summary(), width));
        List<TraceStep> chain = WhyChain.of(report, item.id());
        if (chain.isEmpty()) {
            out.append(Wrap.wrap("  ", "  ", "The trace holds no rule firing that concluded it.", width));
        }
        int place = 1;
        for (TraceStep step : chain) {
            out.append(Wrap.wrap(String.format(java.util.Locale.ROOT, "  %d. ", place++), STEP,
                    step.rule() + " (claims " + String.join(", ", step.claims()) + ")", width));
            String explanation = explanations.get(step.rule());
            if (explanation != null) {
                out.append(Wrap.wrap(STEP, STEP, explanation, width));
            }
            out.append(Wrap.wrap(STEP + "because of: ", STEP + "  ", String.join(", ", step.matched()), width));
        }
        out.append(Wrap.wrap("  ", "  ", "The claims behind it: " + String.join(", ", item.claims())
                + " (k2advisor claims lists them). Type trace to see every rule that fired.", width));
        return out.toString();
    }
}
