package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.Question;
import org.k2advisor.Report;
import org.k2advisor.internal.explain.ReasoningGraph;

/** The ways `advise` can print a report; the diagrams draw the reasoning, so they always use the trace. */
enum ReportFormat {
    text, json, markdown, mermaid, dot;

    String render(Report report, List<Question> questions, boolean trace, int width) {
        return switch (this) {
            case text -> TextReport.render(report, trace, width);
            case json -> report.toJson(trace);
            case markdown -> MarkdownReport.render(report, questions, trace);
            case mermaid -> MermaidDiagram.render(ReasoningGraph.of(report.trace()));
            case dot -> DotDiagram.render(ReasoningGraph.of(report.trace()));
        };
    }
}
