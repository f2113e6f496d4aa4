package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.AdviceItem;
import org.k2advisor.Report;
import org.k2advisor.Source;
import org.k2advisor.TraceStep;

/** A report to hand out or paste into a document: one section per advice item. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(Report report, boolean trace) {
        StringBuilder md = new StringBuilder("# K2 Advisor report\n\n");
        md.append("> ").append(report.disclaimer()).append("\n\n");
        md.append("Knowledge pack: `").append(report.knowledgeBase().name()).append(' ')
                .append(report.knowledgeBase().version()).append("`\n\n");
        md.append("## Your answers\n\n");
        if (report.answers().isEmpty()) {
            md.append("(none given)\n");
        }
        report.answers().forEach((id, value) -> md.append("- `").append(id).append("`: ").append(value).append('\n'));
        md.append("\n## Advice, most urgent first\n");
        int n = 1;
        for (AdviceItem item : report.advice()) {
            md.append("\n### ").append(n++).append(". ").append(item.summary())
                    .append(" (").append(item.indicator().label()).append(")\n\n");
            md.append(item.detail()).append("\n\n");
            md.append("- **Caveat:** ").append(item.caveat()).append('\n');
            md.append("- **Evidence:** ").append(item.evidence()).append('\n');
            md.append("- **Claims:** ").append(String.join(", ", item.claims())).append('\n');
            md.append("- **Sources:**\n");
            for (Source source : item.sources()) {
                md.append("  - ").append(source.citation());
                if (source.url() != null) {
                    md.append(" <").append(source.url()).append('>');
                }
                md.append('\n');
            }
        }
        if (trace) {
            md.append("\n## Reasoning\n\n| step | rule | claims | matched | inserted | retracted |\n|---|---|---|---|---|---|\n");
            for (TraceStep step : report.trace()) {
                md.append("| ").append(step.step()).append(" | `").append(step.rule()).append("` | ")
                        .append(cell(step.claims())).append(" | ").append(cell(step.matched())).append(" | ")
                        .append(cell(step.inserted())).append(" | ").append(cell(step.retracted())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String cell(List<String> values) {
        return String.join(", ", values).replace("|", "\\|");
    }
}
