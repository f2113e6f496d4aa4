package org.k2advisor.internal.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.k2advisor.Claim;
import org.k2advisor.TraceStep;
import org.k2advisor.WhyExplanation;

/** `explain why` for a terminal: the item, the answers it rests on, then each firing in order. */
public final class WhyText {
    /** Continuation lines line up under the text after "    matched:   ". */
    private static final String HANG = " ".repeat(15);

    private WhyText() {}

    public static String render(WhyExplanation why, int width) {
        Map<String, Claim> claims = why.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        StringBuilder out = new StringBuilder();
        out.append(Wrap.wrap("", "  ", "Why \"" + why.item().id() + "\" is in the report", width));
        out.append(Wrap.wrap("  [" + why.item().indicator().label().toUpperCase(Locale.ROOT) + "] ", "  ", why.item().summary(), width));
        if (!why.inReport()) {
            out.append('\n').append(Wrap.wrap("", "", "It is not in the report for these answers. `k2advisor explain why-not "
                    + why.item().id() + "` with the same answers shows what keeps it out.", width));
        } else {
            out.append('\n').append(Wrap.wrap("", "", restsOn(why.restsOn()), width));
            out.append(Wrap.wrap("", "", plural(why.steps().size(), "rule firing") + " led to it, from the answers to the advice"
                    + " (numbered as in the full trace of " + plural(why.totalFirings(), "firing") + "):", width));
        }
        for (WhyExplanation.Step step : why.steps()) {
            TraceStep firing = step.firing();
            out.append('\n').append(Wrap.wrap("Firing " + firing.step() + ": rule ", "  ",
                    firing.rule() + " (" + step.rule().file() + ":" + step.rule().line() + ")", width));
            facts(out, "matched:   ", firing.matched().isEmpty() ? List.of("nothing: the rule has no conditions") : firing.matched(), width);
            facts(out, "concluded: ", firing.inserted(), width);
            facts(out, "updated:   ", firing.updated(), width);
            facts(out, "retracted: ", firing.retracted(), width);
            out.append(Wrap.wrap("    why:       ", HANG, step.rule().explanation(), width));
            String label = "    claims:    ";
            for (String id : firing.claims()) {
                Claim claim = claims.get(id);
                out.append(Wrap.wrap(label, HANG, id + (claim == null ? "" : " [" + claim.design() + "] " + claim.text()), width));
                label = HANG;
            }
        }
        out.append('\n').append(Wrap.wrap("Please note: ", "", why.disclaimer(), width));
        return out.toString();
    }

    public static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : noun.endsWith("ch") ? "es" : "s");
    }

    static String restsOn(List<String> answers) {
        if (answers.isEmpty()) {
            return "It rests on no answer: the rule that concludes it has no conditions, so every report includes it.";
        }
        return "It rests on " + (answers.size() == 1 ? "this answer: " : "these answers: ") + String.join(", ", answers) + ".";
    }

    private static void facts(StringBuilder out, String label, List<String> facts, int width) {
        if (!facts.isEmpty()) {
            out.append(Wrap.wrap("    " + label, HANG, String.join(", ", facts), width));
        }
    }
}
