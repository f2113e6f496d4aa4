package org.k2advisor.internal.render;

import java.util.ArrayList;
import java.util.List;

import org.k2advisor.AdviceItem;
import org.k2advisor.Question;
import org.k2advisor.Report;
import org.k2advisor.Source;
import org.k2advisor.TraceStep;

/**
 * A handout to print or paste into a document: the advice first, then the person's answers in
 * words, then the references, numbered once at the end.
 */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(Report report, List<Question> questions, boolean trace) {
        StringBuilder md = new StringBuilder();
        // A pack loaded despite failing the safety checks says so before anything else.
        md.append(PackWarnings.markdown(report.warnings()));
        md.append("# K2 Advisor: what the evidence says for your answers\n\n");
        md.append("> ").append(report.disclaimer()).append("\n\n");
        List<Source> cited = new ArrayList<>();
        int n = 1;
        boolean emergency = EmergencyReport.is(report);
        for (AdviceItem item : report.advice()) {
            md.append("## ").append(n++).append(". ").append(item.summary())
                    .append(" (").append(item.indicator().label()).append(")\n\n");
            md.append(itemBody(item));
            if (!emergency) {
                md.append("- **Sources:** ").append(references(item.sources(), cited)).append('\n');
            }
            md.append('\n');
        }
        if (emergency) {
            // The emergency item and the disclaimer, nothing else (the trace only when asked for).
            appendTrace(md, report, trace);
            return md.toString();
        }
        md.append("## Your answers\n\n");
        if (report.answers().isEmpty()) {
            md.append("None given.\n");
        }
        for (Question q : questions) {
            Object answer = report.answers().get(q.id());
            if (answer != null) {
                md.append("- ").append(q.text()).append(" **").append(escape(AnswerWords.of(q, answer))).append("**\n");
            }
        }
        md.append("\n## References\n\n");
        for (int i = 0; i < cited.size(); i++) {
            Source source = cited.get(i);
            md.append(i + 1).append(". ").append(source.citation());
            if (source.url() != null) {
                md.append(" <").append(source.url()).append('>');
            }
            md.append('\n');
        }
        md.append("\nKnowledge pack `").append(report.knowledgeBase().name()).append(' ')
                .append(report.knowledgeBase().version()).append("`; its sources were last checked on or after ")
                .append(report.knowledgeBase().evidenceCheckedOn()).append(".\n");
        appendTrace(md, report, trace);
        return md.toString();
    }

    private static void appendTrace(StringBuilder md, Report report, boolean trace) {
        if (trace) {
            md.append("\n## Reasoning\n\n| step | rule | claims | matched | inserted | retracted |\n|---|---|---|---|---|---|\n");
            for (TraceStep step : report.trace()) {
                md.append("| ").append(step.step()).append(" | `").append(step.rule()).append("` | ")
                        .append(cell(step.claims())).append(" | ").append(cell(step.matched())).append(" | ")
                        .append(cell(step.inserted())).append(" | ").append(cell(step.retracted())).append(" |\n");
            }
        }
    }

    /**
     * What the handout says of one item under its heading, but for its sources: the detail, then why
     * (the person's answers), how sure we are and what to keep in mind, as Markdown ending in a list
     * item. A CDS Hooks card's detail is this too, so that an item reads the same wherever it is shown.
     */
    public static String itemBody(AdviceItem item) {
        return item.detail() + "\n\n"
                + "- **Why:** " + TextReport.because(item) + '\n'
                + "- **How sure we are:** " + item.certainty().level().words() + ". " + item.certainty().statement() + '\n'
                + "- **Keep in mind:** " + item.caveat() + '\n';
    }

    /** "[1], [3]": each source numbered the first time any item cites it. */
    private static String references(List<Source> sources, List<Source> cited) {
        List<String> refs = new ArrayList<>();
        for (Source source : sources) {
            if (!cited.contains(source)) {
                cited.add(source);
            }
            refs.add("[" + (cited.indexOf(source) + 1) + "]");
        }
        return String.join(", ", refs);
    }

    private static String escape(String text) {
        return text.replace("*", "\\*").replace("_", "\\_");
    }

    private static String cell(List<String> values) {
        return String.join(", ", values).replace("|", "\\|");
    }
}
