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

    /**
     * A claim; the lists are copied.
     *
     * @param id stable id, such as "A16" or "S01"
     * @param origin "article" or "safety-addition"
     * @param section the article section it comes from
     * @param text the claim in our words
     * @param evidence its evidence level
     * @param sources ids of the sources it rests on
     * @param correction where the article is loose, or null
     * @param correctionSources ids of the sources behind the correction
     * @param explanatory why no rule encodes the claim, or null
     */
    public Claim {
        requireNonNull(id, "id");
        requireNonNull(text, "text");
        sources = List.copyOf(sources);
        correctionSources = List.copyOf(correctionSources);
    }
}
