package org.k2advisor.cli;

import org.k2advisor.Report;
import org.k2advisor.internal.explain.ReasoningGraph;

/** The ways `advise` can print a report; the diagrams draw the reasoning, so they always use the trace. */
enum ReportFormat {
    text, json, markdown, mermaid, dot;

    String render(Report report, boolean trace) {
        return switch (this) {
            case text -> TextReport.render(report, trace);
            case json -> report.toJson(trace);
            case markdown -> MarkdownReport.render(report, trace);
            case mermaid -> MermaidDiagram.render(ReasoningGraph.of(report.trace()));
            case dot -> DotDiagram.render(ReasoningGraph.of(report.trace()));
        };
    }
}
