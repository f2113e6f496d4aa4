package org.k2advisor.cli;

import org.k2advisor.Report;

/** The ways `advise` can print a report. */
enum ReportFormat {
    text, json, markdown;

    String render(Report report, boolean trace) {
        return switch (this) {
            case text -> TextReport.render(report, trace);
            case json -> report.toJson(trace);
            case markdown -> MarkdownReport.render(report, trace);
        };
    }
}
