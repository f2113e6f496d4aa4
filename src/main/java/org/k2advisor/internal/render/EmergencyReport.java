package org.k2advisor.internal.render;

import org.k2advisor.Indicator;
import org.k2advisor.Report;

/**
 * Whether a report is an emergency report: urgent symptoms "yes" give the pack's exclusive item
 * alone, and then every rendering shows that item and the disclaimer, nothing else (no answers, no
 * reference list, no pack line), so that nothing stands between the person and the call for help.
 * A report holds a single critical item only that way: every other report of the built-in pack
 * also holds the item everyone gets. The report carries no "exclusive" flag, so this is read from
 * its shape; for another pack, a lone critical item is shown the same careful way.
 */
final class EmergencyReport {
    private EmergencyReport() {}

    static boolean is(Report report) {
        return report.advice().size() == 1 && report.advice().get(0).indicator() == Indicator.CRITICAL;
    }
}
