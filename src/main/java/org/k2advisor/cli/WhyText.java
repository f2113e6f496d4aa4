package org.k2advisor.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Claim;
import org.k2advisor.Report;
import org.k2advisor.RuleInfo;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.explain.WhyChain;

/** `explain why` for a terminal: the item, the answers it rests on, then each firing in order. */
final class WhyText {
    /** Continuation lines line up under the text after "    matched:   ". */
    private static final String HANG = " ".repeat(15);

    private WhyText() {}

    static String render(Report report, AdviceItem item, List<TraceStep> chain, Advisor advisor) {
        Map<String, RuleInfo> rules = advisor.rules().stream().collect(Collectors.toMap(RuleInfo::name, Function.identity()));
        Map<String, Claim> claims = advisor.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        StringBuilder out = new StringBuilder();
        out.append("Why \"").append(item.id()).append("\" is in the report\n");
        out.append(Wrap.wrap("  [" + item.indicator().label().toUpperCase(Locale.ROOT) + "] ", "  ", item.summary()));
        out.append('\n').append(Wrap.wrap("", "", restsOn(chain)));
        out.append(Wrap.wrap("", "", plural(chain.size(), "rule firing") + " led to it, from the answers to the advice"
                + " (numbered as in the full trace of " + plural(report.trace().size(), "firing") + "):"));
        for (TraceStep step : chain) {
            RuleInfo rule = rules.get(step.rule());
            out.append('\n').append(Wrap.wrap("Firing " + step.step() + ": rule ", "  ",
                    step.rule() + (rule == null ? "" : " (" + rule.file() + ":" + rule.line() + ")")));
            facts(out, "matched:   ", step.matched().isEmpty() ? List.of("nothing: the rule has no conditions") : step.matched());
            facts(out, "concluded: ", step.inserted());
            facts(out, "updated:   ", step.updated());
            facts(out, "retracted: ", step.retracted());
            if (rule != null) {
                out.append(Wrap.wrap("    why:       ", HANG, rule.explanation()));
            }
            String label = "    claims:    ";
            for (String id : step.claims()) {
                Claim claim = claims.get(id);
                out.append(Wrap.wrap(label, HANG, id + (claim == null ? "" : " [" + claim.design() + "] " + claim.text())));
                label = HANG;
            }
        }
        out.append('\n').append(Wrap.wrap("Please note: ", "", report.disclaimer()));
        return out.toString();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : noun.endsWith("ch") ? "es" : "s");
    }

    static String restsOn(List<TraceStep> chain) {
        List<String> answers = WhyChain.restsOn(chain);
        if (answers.isEmpty()) {
            return "It rests on no answer: the rule that concludes it has no conditions, so every report includes it.";
        }
        return "It rests on " + (answers.size() == 1 ? "this answer: " : "these answers: ") + String.join(", ", answers) + ".";
    }

    private static void facts(StringBuilder out, String label, List<String> facts) {
        if (!facts.isEmpty()) {
            out.append(Wrap.wrap("    " + label, HANG, String.join(", ", facts)));
        }
    }
}
