package org.k2advisor.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Report;
import org.k2advisor.internal.explain.WhatIf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "what-if", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare the advice before and after changing some answers.",
            "Before: the answers in --answers; after: with the --set changes. Shows advice added, "
            + "removed or with a changed indicator, and the rules that fired more or less often."},
        footer = {"", "Examples:",
            "  k2advisor what-if --answers examples/answers/risk-factors.json --set goal=learn",
            "  k2advisor what-if --answers my-answers.json --set anticoagulant=yes --set k2_foods=often",
            "",
            "Exit status: 0 compared, 2 bad input (one line on standard error)."})
final class WhatIfCommand implements Callable<Integer> {
    enum Format { text, markdown }

    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    AnswerInput input;

    @Mixin
    PackOption pack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (the default) or markdown.")
    Format format;

    @Override
    public Integer call() {
        if (input.sets.isEmpty()) {
            throw new InvalidAnswersException("--set", "what-if needs at least one --set id=value to compare against");
        }
        Advisor advisor = pack.load();
        var base = input.readFile(parent.console);
        Report before = advisor.advise(base);
        Report after = advisor.advise(input.withSets(base));
        WhatIf.Diff diff = WhatIf.between(before, after);
        parent.console.print(format == Format.text ? text(diff, before) : markdown(diff, before));
        return 0;
    }

    private String text(WhatIf.Diff diff, Report before) {
        StringBuilder out = new StringBuilder();
        out.append(Wrap.wrap("What if ", "  ", changes(diff) + "?"));
        out.append(Wrap.wrap("  ", "  ", "(before: " + (input.answersFile == null ? "no answers" : "the answers in "
                + input.answersFile) + "; after: with the --set changes)"));
        if (diff.adviceSame()) {
            out.append("\nThe advice is the same: ").append(diff.unchanged().size()).append(" items, none added or removed.\n");
        } else {
            items(out, "Advice added", "+", diff.added());
            items(out, "Advice removed", "-", diff.removed());
            if (!diff.changed().isEmpty()) {
                out.append("\nIndicator changed (").append(diff.changed().size()).append("):\n");
                diff.changed().forEach(c -> out.append(Wrap.wrap("  ~ " + c.after().id() + ": ", "      ",
                        c.before().indicator().label() + " -> " + c.after().indicator().label())));
            }
            out.append(Wrap.wrap("\nUnchanged (" + diff.unchanged().size() + "): ", "  ",
                    diff.unchanged().isEmpty() ? "none" : String.join(", ", diff.unchanged().stream().map(AdviceItem::id).toList())));
        }
        out.append("\nRule firings: ").append(diff.firingsBefore()).append(" before, ")
                .append(diff.firingsAfter()).append(" after\n");
        if (diff.rules().isEmpty()) {
            out.append("  the same rules, as often\n");
        }
        for (WhatIf.RuleDelta rule : diff.rules()) {
            String sign = rule.before() == 0 ? "+" : rule.after() == 0 ? "-" : "~";
            out.append("  ").append(sign).append(' ').append(rule.rule()).append("  (")
                    .append(times(rule.before())).append(" -> ").append(times(rule.after())).append(")\n");
        }
        out.append('\n').append(Wrap.wrap("Please note: ", "", before.disclaimer()));
        return out.toString();
    }

    private String markdown(WhatIf.Diff diff, Report before) {
        StringBuilder md = new StringBuilder("# What if ").append(changes(diff)).append("?\n\n");
        md.append("> ").append(before.disclaimer()).append("\n\n");
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

    private static String changes(WhatIf.Diff diff) {
        if (diff.answers().isEmpty()) {
            return "nothing changes";
        }
        return String.join(", ", diff.answers().stream().map(a -> a.id() + " " + shown(a.before()) + " -> " + shown(a.after())).toList());
    }

    private static void items(StringBuilder out, String title, String sign, List<AdviceItem> items) {
        if (!items.isEmpty()) {
            out.append('\n').append(title).append(" (").append(items.size()).append("):\n");
            items.forEach(item -> out.append(Wrap.wrap("  " + sign + " [" + item.indicator().label().toUpperCase(Locale.ROOT)
                    + "] " + item.id() + ": ", "      ", item.summary())));
        }
    }

    private static String shown(Object value) {
        return value == null ? "(not answered)" : value instanceof Boolean b ? (b ? "yes" : "no") : value.toString();
    }

    private static String times(int n) {
        return n + (n == 1 ? " time" : " times");
    }
}
