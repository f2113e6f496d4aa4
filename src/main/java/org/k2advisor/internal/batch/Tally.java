package org.k2advisor.internal.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a batch has written so far: reports, error objects, and where the first errors are. */
public final class Tally {
    /** Enough to find the pattern; the rest are in the output, each with its line number. */
    static final int ERROR_LINES_SHOWN = 5;

    private long reports;
    private long errors;
    private final List<Long> firstErrorLines = new ArrayList<>();

    void report() {
        reports++;
    }

    void error(long line) {
        errors++;
        if (firstErrorLines.size() < ERROR_LINES_SHOWN) {
            firstErrorLines.add(line);
        }
    }

    void add(Tally chunk) {
        reports += chunk.reports;
        for (long line : chunk.firstErrorLines) {
            if (firstErrorLines.size() < ERROR_LINES_SHOWN) {
                firstErrorLines.add(line);
            }
        }
        errors += chunk.errors;
    }

    public long lines() {
        return reports + errors;
    }

    public long errors() {
        return errors;
    }

    /** "1,000 lines: 998 reports, 2 errors (lines 7, 12), 0.4 s, 2,500 lines/s". */
    public String summary(long elapsedNanos) {
        return summary(elapsedNanos, String.format(Locale.ROOT, "%,d %s", reports, plural(reports, "report")));
    }

    /**
     * "1,000 lines: 998 compared, 12 changed, 2 errors (lines 7, 12), 0.4 s, 2,500 lines/s", for
     * {@code --compare-rules}, where a line advised with both packs counts as a report.
     */
    public String comparisonSummary(long elapsedNanos, long changed) {
        return summary(elapsedNanos, String.format(Locale.ROOT, "%,d compared, %,d changed", reports, changed));
    }

    private String summary(long elapsedNanos, String advised) {
        double seconds = elapsedNanos / 1e9;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d %s: %s, %,d %s", lines(),
                plural(lines(), "line"), advised, errors, plural(errors, "error")));
        if (errors > 0) {
            text.append(firstErrorLines.size() == 1 ? " (line " : " (lines ")
                    .append(firstErrorLines.stream().map(line -> String.format(Locale.ROOT, "%,d", line))
                            .collect(Collectors.joining(", ")))
                    .append(errors > firstErrorLines.size() ? ", ...)" : ")");
        }
        text.append(String.format(Locale.ROOT, ", %.1f s", seconds));
        if (seconds > 0 && lines() > 0) {
            text.append(String.format(Locale.ROOT, ", %,.0f lines/s", lines() / seconds));
        }
        return text.toString();
    }

    private static String plural(long count, String word) {
        return count == 1 ? word : word + "s";
    }
}
