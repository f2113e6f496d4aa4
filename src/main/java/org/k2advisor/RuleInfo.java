package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A rule of the pack as an educator sees it: its stable name, the claims it encodes, why it exists. */
public record RuleInfo(String name, String file, int line, List<String> claims, String explanation) {
    public RuleInfo {
        requireNonNull(name, "name");
        claims = List.copyOf(claims);
    }
}
