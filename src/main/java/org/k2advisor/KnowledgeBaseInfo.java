package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Which knowledge pack produced a report.
 *
 * @param name the pack's name
 * @param version the pack's version
 * @param sha256 a SHA-256 of the pack's content, rules and seeds included
 * @param evidenceCheckedOn the oldest of its sources' check dates: every source was checked on or after it
 */
public record KnowledgeBaseInfo(String name, String version, String sha256, LocalDate evidenceCheckedOn) {
    /**
     * Checks that every part is present.
     *
     * @param name the pack's name
     * @param version the pack's version
     * @param sha256 a SHA-256 of the pack's content, rules and seeds included
     * @param evidenceCheckedOn the oldest of its sources' check dates: every source was checked on or after it
     */
    public KnowledgeBaseInfo {
        requireNonNull(name, "name");
        requireNonNull(version, "version");
        requireNonNull(sha256, "sha256");
        requireNonNull(evidenceCheckedOn, "evidenceCheckedOn");
    }
}
