package org.k2advisor.internal.render;

import java.util.List;
import java.util.Locale;

import org.k2advisor.AdviceItem;
import org.k2advisor.WhatIfDiff;

/** `what-if` for a terminal and as a handout: the answers that changed, the advice that did, and the rules. */
public final class WhatIfText {
    private WhatIfText() {}

    /** The comparison for a terminal. */
    public static String render(WhatIfDiff diff, int width) {
        StringBuilder out = new StringBuilder();
        out.append(Wrap.wrap("What if ", "  ", changes(diff) + "?", width));
        if (diff.adviceSame()) {
            out.append("\nThe advice is the same: ").append(diff.unchanged().size()).append(" items, none added or removed.\n");
        } else {
            items(out, "Advice added", "+", diff.added(), width);
            items(out, "Advice removed", "-", diff.removed(), width);
            if (!diff.changed().isEmpty()) {
                out.append("\nIndicator changed (").append(diff.changed().size()).append("):\n");
                diff.changed().forEach(c -> out.append(Wrap.wrap("  ~ " + c.after().id() + ": ", "      ",
                        c.before().indicator().label() + " -> " + c.after().indicator().label(), width)));
            }
            out.append(Wrap.wrap("\nUnchanged (" + diff.unchanged().size() + "): ", "  ",
                    diff.unchanged().isEmpty() ? "none" : String.join(", ", diff.unchanged().stream().map(AdviceItem::id).toList()),
                    width));
        }
        out.append("\nRule firings: ").append(diff.firingsBefore()).append(" before, ")
                .append(diff.firingsAfter()).append(" after\n");
        if (diff.rules().isEmpty()) {
            out.append("  the same rules, as often\n");
        }
        for (WhatIfDiff.RuleDelta rule : diff.rules()) {
            String sign = rule.before() == 0 ? "+" : rule.after() == 0 ? "-" : "~";
            out.append(Wrap.wrap("  " + sign + " ", "      ", rule.rule() + "  (" + times(rule.before()) + " -> "
                    + times(rule.after()) + ")", width));
        }
        out.append('\n').append(Wrap.wrap("Please note: ", "", diff.disclaimer(), width));
        return out.toString();
    }

    public static String markdown(WhatIfDiff diff) {
        StringBuilder md = new StringBuilder("# What if ").append(changes(diff)).append("?\n\n");
        md.append("> ").append(diff.disclaimer()).append("\n\n");
        md.append("| advice | before | after |\n|---|---|---|\n");
        diff.added().forEach(item -> md.append("| ").append(item.summary()).append(" | | ").append(item.indicator().label()).append(" |\n"));
        diff.removed().forEach(item -> md.append("| ").append(item.summary()).append(" | ").append(item.indicator().label()).append(" | |\n"));
        diff.changed().forEach(c -> md.append("| ").append(c.after().summary()).append(" | ").append(c.before().indicator().label())
                .append(" | ").append(c.after().indicator().label()).append(" |\n"));
        diff.unchanged().forEach(item -> md.append("| ").append(item.summary()).append(" | ").append(item.indicator().label())
                .append(" | ").append(item.indicator().label()).append(" |\n"));
        md.append("\n| rule | firings before | firings after |\n|---|---|---|\n");
        diff.rules().forEach(r -> md.append("| `").append(r.rule()).append("` | ").append(r.before()).append(" | ").append(r.after()).append(" |\n"));
        return md.toString();
    }

    private static String changes(WhatIfDiff diff) {
        if (diff.answers().isEmpty()) {
            return "nothing changes";
        }
        return String.join(", ", diff.answers().stream().map(a -> a.id() + " " + shown(a.before()) + " -> " + shown(a.after())).toList());
    }

    private static void items(StringBuilder out, String title, String sign, List<AdviceItem> items, int width) {
        if (!items.isEmpty()) {
            out.append('\n').append(title).append(" (").append(items.size()).append("):\n");
            items.forEach(item -> out.append(Wrap.wrap("  " + sign + " [" + item.indicator().label().toUpperCase(Locale.ROOT)
                    + "] " + item.id() + ": ", "      ", item.summary(), width)));
        }
    }

    private static String shown(Object value) {
        return value == null ? "(not answered)" : value instanceof Boolean b ? (b ? "yes" : "no") : value.toString();
    }

    private static String times(int n) {
        return n + (n == 1 ? " time" : " times");
    }
}
