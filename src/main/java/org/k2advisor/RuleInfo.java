package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A rule of the pack as an educator sees it: its stable name, where it is written, the claims it
 * encodes, why it exists, and its text.
 *
 * @param name the rule's unique name
 * @param file the DRL file it is in
 * @param line the line its header is on
 * @param claims ids of the claims it encodes
 * @param explanation its one-sentence {@code @explain} text
 * @param source the rule as written, from {@code rule} to {@code end}
 */
public record RuleInfo(String name, String file, int line, List<String> claims, String explanation, String source) {
    /**
     * A rule; the claims are copied.
     *
     * @param name the rule's unique name
     * @param file the DRL file it is in
     * @param line the line its header is on
     * @param claims ids of the claims it encodes
     * @param explanation its one-sentence {@code @explain} text
     * @param source the rule as written, from {@code rule} to {@code end}
     */
    public RuleInfo {
        requireNonNull(name, "name");
        requireNonNull(source, "source");
        claims = List.copyOf(claims);
    }
}
