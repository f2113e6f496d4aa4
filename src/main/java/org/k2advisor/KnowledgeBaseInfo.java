package org.k2advisor;

import static java.util.Objects.requireNonNull;

/** Which knowledge pack produced a report: its name, version and a SHA-256 of its content. */
public record KnowledgeBaseInfo(String name, String version, String sha256) {
    /**
     * Names a pack.
     *
     * @param name the pack's name
     * @param version the pack's version
     * @param sha256 hex SHA-256 of the pack's files and seeds
     */
    public KnowledgeBaseInfo {
        requireNonNull(name, "name");
        requireNonNull(version, "version");
        requireNonNull(sha256, "sha256");
    }
}
