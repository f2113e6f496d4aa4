package org.k2advisor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.k2advisor.AdviceItem;
import org.k2advisor.Report;
import org.k2advisor.Source;
import org.k2advisor.TraceStep;

/**
 * A report for a person at a terminal: most urgent first, every item with caveat, evidence, sources.
 * Public so that the interview shows exactly what {@code advise} prints.
 */
public final class TextReport {
    private static final String INDENT = "    ";

    private TextReport() {}

    public static String render(Report report, boolean trace) {
        StringBuilder out = new StringBuilder();
        out.append("K2 Advisor: what the evidence says for your answers\n\n");
        List<Source> cited = new ArrayList<>();
        int n = 1;
        for (AdviceItem item : report.advice()) {
            String label = String.format(Locale.ROOT, "%2d. [%s] ", n++, item.indicator().label().toUpperCase(Locale.ROOT));
            out.append(Wrap.wrap(label, INDENT, item.summary()));
            out.append(Wrap.wrap(INDENT, INDENT, item.detail()));
            out.append(Wrap.wrap(INDENT + "Caveat: ", INDENT, item.caveat()));
            out.append(Wrap.wrap(INDENT + "Evidence: ", INDENT, item.evidence() + ". Claims " + String.join(", ", item.claims())
                    + ". Sources " + references(item.sources(), cited) + "."));
            out.append('\n');
        }
        out.append("Sources\n");
        for (int i = 0; i < cited.size(); i++) {
            Source source = cited.get(i);
            String text = source.citation() + (source.url() == null ? "" : " " + source.url());
            out.append(Wrap.wrap(String.format(Locale.ROOT, "  [%d] ", i + 1), "      ", text));
        }
        out.append('\n').append(Wrap.wrap("Please note: ", "", report.disclaimer()));
        if (trace) {
            out.append('\n').append(trace(report.trace()));
        }
        return out.toString();
    }

    public static String trace(List<TraceStep> steps) {
        StringBuilder out = new StringBuilder("Reasoning: " + steps.size() + " rule firings, in order\n");
        for (TraceStep step : steps) {
            out.append(Wrap.wrap(String.format(Locale.ROOT, "%3d. ", step.step()), "     ",
                    step.rule() + " (claims " + String.join(", ", step.claims()) + ")"));
            line(out, "matched", step.matched());
            line(out, "inserted", step.inserted());
            line(out, "updated", step.updated());
            line(out, "retracted", step.retracted());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, List<String> facts) {
        if (!facts.isEmpty()) {
            out.append(Wrap.wrap("       " + label + ": ", "         ", String.join(", ", facts)));
        }
    }

    private static String references(List<Source> sources, List<Source> cited) {
        List<String> refs = new ArrayList<>();
        for (Source source : sources) {
            if (!cited.contains(source)) {
                cited.add(source);
            }
            refs.add("[" + (cited.indexOf(source) + 1) + "]");
        }
        return String.join(" ", refs);
    }
}
