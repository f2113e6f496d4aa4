package org.k2advisor.cli;

import java.util.List;
import java.util.Map;

import org.k2advisor.Advisor;

/** The warnings of a pack loaded with --allow-unsafe-text, for outputs that are not reports. */
final class UnsafePack {
    private UnsafePack() {}

    /**
     * The pack's warnings, as every report from it carries them (no answers are needed for that);
     * empty for a safe pack.
     */
    static List<String> warnings(Advisor advisor) {
        return advisor.advise(Map.of()).warnings();
    }
}
