package org.k2advisor.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.k2advisor.AdviceItem;
import org.k2advisor.Reason;
import org.k2advisor.Report;
import org.k2advisor.Source;
import org.k2advisor.TraceStep;

/**
 * A report for a person at a terminal: most urgent first, and for every item why it is there, how
 * sure the evidence is, what it does not mean and where it comes from. Claim ids stay out of it
 * (they are for the JSON, the trace and the educator tools). Public so that the interview shows
 * exactly what {@code advise} prints.
 */
public final class TextReport {
    private static final String INDENT = "    ";

    private TextReport() {}

    /** The report wrapped to {@code width} columns; with {@code trace}, the rule firings follow it. */
    public static String render(Report report, boolean trace, int width) {
        StringBuilder out = new StringBuilder();
        // A pack loaded despite failing the safety checks says so before anything else.
        out.append(PackWarnings.text(report.warnings(), width));
        out.append(Wrap.wrap("", "", "K2 Advisor: what the evidence says for your answers", width)).append('\n');
        List<Source> cited = new ArrayList<>();
        // An emergency report shows its item and the disclaimer, nothing else.
        boolean emergency = EmergencyReport.is(report);
        int n = 1;
        for (AdviceItem item : report.advice()) {
            String label = String.format(Locale.ROOT, "%2d. [%s] ", n++, item.indicator().label().toUpperCase(Locale.ROOT));
            out.append(Wrap.wrap(label, INDENT, item.summary(), width));
            out.append(Wrap.wrap(INDENT, INDENT, item.detail(), width));
            out.append(Wrap.wrap(INDENT, INDENT, because(item), width));
            out.append(Wrap.wrap(INDENT + "How sure we are: ", INDENT, item.certainty().level().words() + ". "
                    + item.certainty().statement(), width));
            out.append(Wrap.wrap(INDENT + "Keep in mind: ", INDENT, item.caveat(), width));
            if (!emergency) {
                out.append(Wrap.wrap(INDENT + "Sources: ", INDENT, references(item.sources(), cited) + ".", width));
            }
            out.append('\n');
        }
        if (!emergency) {
            out.append("Sources\n");
        }
        for (int i = 0; i < cited.size(); i++) {
            Source source = cited.get(i);
            String text = source.label() + (source.url() == null ? "" : " " + source.url());
            out.append(Wrap.wrap(String.format(Locale.ROOT, "  [%d] ", i + 1), "      ", text, width));
        }
        out.append(emergency ? "" : "\n").append(Wrap.wrap("Please note: ", "", report.disclaimer(), width));
        if (trace) {
            out.append('\n').append(trace(report.trace(), width));
        }
        return out.toString();
    }

    /** Why an item is there, as one sentence: "Because you are 67 and you smoke." */
    public static String because(AdviceItem item) {
        if (item.forEveryone()) {
            return "Everyone gets this item, whatever their answers.";
        }
        List<String> texts = item.because().stream().map(Reason::text).toList();
        return "Because " + (texts.size() == 1 ? texts.get(0)
                : String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1)) + ".";
    }

    public static String trace(List<TraceStep> steps, int width) {
        StringBuilder out = new StringBuilder("Reasoning: " + steps.size() + " rule firings, in order\n");
        for (TraceStep step : steps) {
            out.append(Wrap.wrap(String.format(Locale.ROOT, "%3d. ", step.step()), "     ",
                    step.rule() + " (claims " + String.join(", ", step.claims()) + ")", width));
            line(out, "matched", step.matched(), width);
            line(out, "inserted", step.inserted(), width);
            line(out, "updated", step.updated(), width);
            line(out, "retracted", step.retracted(), width);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, List<String> facts, int width) {
        if (!facts.isEmpty()) {
            out.append(Wrap.wrap("       " + label + ": ", "         ", String.join(", ", facts), width));
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
