package org.k2advisor.cli;

import java.util.List;

import org.k2advisor.Question;
import org.k2advisor.Render;
import org.k2advisor.Report;

/** The ways `advise` can print a report; the diagrams draw the reasoning, so they always use the trace. */
enum ReportFormat {
    text, json, markdown, mermaid, dot;

    String render(Report report, List<Question> questions, boolean trace, int width) {
        return switch (this) {
            case text -> trace ? Render.textWithTrace(report, width) : Render.text(report, width);
            case json -> report.toJson(trace);
            case markdown -> trace ? Render.markdownWithTrace(report, questions) : Render.markdown(report, questions);
            case mermaid -> Render.mermaid(report);
            case dot -> Render.dot(report);
        };
    }
}
