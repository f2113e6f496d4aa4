package org.k2advisor;

import static java.util.Objects.requireNonNull;

/** Which knowledge pack produced a report: its name, version and a SHA-256 of its content. */
public record KnowledgeBaseInfo(String name, String version, String sha256) {
    public KnowledgeBaseInfo {
        requireNonNull(name, "name");
        requireNonNull(version, "version");
        requireNonNull(sha256, "sha256");
    }
}
