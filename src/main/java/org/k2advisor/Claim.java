package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A statement from the article (origin "article") or a safety fact it omits (origin
 * "safety-addition"), in our words.
 *
 * @param id a stable id, such as {@code A14}
 * @param origin "article" or "safety-addition"
 * @param section the article's section it comes from
 * @param text the claim in our words
 * @param design what kind of evidence it is, such as "randomised trial" or "animal study"; how sure we
 *     are about an outcome is an advice item's {@link Certainty}, not this
 * @param sources the ids of its sources
 * @param correction where the article is loose and what the sources say instead; null where it is not
 * @param correctionSources the sources of the correction (empty without one)
 * @param explanatory the reason no rule encodes the claim, or null when rules do
 */
public record Claim(
        String id,
        String origin,
        String section,
        String text,
        String design,
        List<String> sources,
        String correction,
        List<String> correctionSources,
        String explanatory) {

    /** The study designs a claim may name. */
    public static final List<String> DESIGNS = List.of("background", "mechanism", "animal study", "clinical study",
            "randomised trial", "sub-analysis", "meta-analysis", "systematic review", "cohort", "guideline",
            "reference value", "expert opinion", "policy");

    /**
     * Checks that the id and text are present and copies the lists.
     *
     * @param id a stable id, such as {@code A14}
     * @param origin "article" or "safety-addition"
     * @param section the article's section it comes from
     * @param text the claim in our words
     * @param design what kind of evidence it is, such as "randomised trial" or "animal study"; how sure we are
     *     about an outcome is an advice item's {@link Certainty}, not this
     * @param sources the ids of its sources
     * @param correction where the article is loose and what the sources say instead; null where it is not
     * @param correctionSources the sources of the correction (empty without one)
     * @param explanatory the reason no rule encodes the claim, or null when rules do
     */
    public Claim {
        requireNonNull(id, "id");
        requireNonNull(text, "text");
        sources = List.copyOf(sources);
        correctionSources = List.copyOf(correctionSources);
    }
}
