package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A rule of the pack as an educator sees it: its stable name, the claims it encodes, why it exists. */
public record RuleInfo(String name, String file, int line, List<String> claims, String explanation) {
    /**
     * A rule; the claims are copied.
     *
     * @param name the rule's unique name
     * @param file the DRL file it is in
     * @param line the line its header is on
     * @param claims ids of the claims it encodes
     * @param explanation its one-sentence {@code @explain} text
     */
    public RuleInfo {
        requireNonNull(name, "name");
        claims = List.copyOf(claims);
    }
}
