package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One piece of educational guidance in a report. Every item carries its caveat, how certain the
 * evidence is, the claims it rests on, their sources and the person's own answers that led to it.
 * The safety invariants depend on all of them.
 *
 * @param id the catalogue id, stable across versions of the pack
 * @param summary one sentence
 * @param detail a short paragraph, in plain words
 * @param indicator how urgent it is
 * @param certainty how sure the evidence lets us be
 * @param caveat what the item does not mean
 * @param claims the ids of the claims it rests on (see {@link Advisor#claims()})
 * @param sources the publications or policies behind it
 * @param because the person's answers that led to it, in questionnaire order; empty for an item
 *     every report holds, whatever the answers
 */
public record AdviceItem(
        String id,
        String summary,
        String detail,
        Indicator indicator,
        Certainty certainty,
        String caveat,
        List<String> claims,
        List<Source> sources,
        List<Reason> because) {

    /**
     * Checks the parts and copies the collections.
     *
     * @param id the catalogue id, stable across versions of the pack
     * @param summary one sentence
     * @param detail a short paragraph, in plain words
     * @param indicator how urgent it is
     * @param certainty how sure the evidence lets us be
     * @param caveat what the item does not mean
     * @param claims the ids of the claims it rests on (see {@link Advisor#claims()})
     * @param sources the publications or policies behind it
     * @param because the person's answers that led to it, in questionnaire order; empty for an item every
     *     report holds, whatever the answers
     */
    public AdviceItem {
        requireNonNull(id, "id");
        requireNonNull(summary, "summary");
        requireNonNull(detail, "detail");
        requireNonNull(indicator, "indicator");
        requireNonNull(certainty, "certainty");
        requireNonNull(caveat, "caveat");
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
        because = List.copyOf(because);
    }

    /**
     * Whether no answer of the person's led to the item, because every report holds it.
     *
     * @return true when {@link #because()} is empty
     */
    public boolean forEveryone() {
        return because.isEmpty();
    }
}
