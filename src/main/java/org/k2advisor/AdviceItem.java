package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One piece of educational guidance in a report. Every item carries its caveat, evidence level,
 * the claims it rests on and their sources: the safety invariants depend on it.
 */
public record AdviceItem(
        String id,
        String summary,
        String detail,
        Indicator indicator,
        String evidence,
        String caveat,
        List<String> claims,
        List<Source> sources) {

    /**
     * An advice item; the lists are copied.
     *
     * @param id stable id from the advice catalogue
     * @param summary one sentence
     * @param detail the explanation in plain words
     * @param indicator how urgent the item is
     * @param evidence the kind of evidence behind it, in words
     * @param caveat what the item does not mean
     * @param claims ids of the claims it rests on
     * @param sources the publications behind those claims
     */
    public AdviceItem {
        requireNonNull(id, "id");
        requireNonNull(summary, "summary");
        requireNonNull(detail, "detail");
        requireNonNull(indicator, "indicator");
        requireNonNull(evidence, "evidence");
        requireNonNull(caveat, "caveat");
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }
}
