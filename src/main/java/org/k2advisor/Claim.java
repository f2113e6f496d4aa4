package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A statement from the article (origin "article") or a safety fact it omits (origin
 * "safety-addition"), in our words. {@code correction} says where the article is loose and is
 * null where it is not; {@code explanatory} is the reason no rule encodes the claim, or null.
 */
public record Claim(
        String id,
        String origin,
        String section,
        String text,
        String evidence,
        List<String> sources,
        String correction,
        List<String> correctionSources,
        String explanatory) {

    public Claim {
        requireNonNull(id, "id");
        requireNonNull(text, "text");
        sources = List.copyOf(sources);
        correctionSources = List.copyOf(correctionSources);
    }
}
