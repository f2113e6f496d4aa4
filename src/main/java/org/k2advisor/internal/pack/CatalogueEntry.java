package org.k2advisor.internal.pack;

import java.util.List;

import org.k2advisor.Certainty;
import org.k2advisor.Indicator;
import org.k2advisor.Source;
import org.k2advisor.internal.text.Template;

/**
 * One advice item as the catalogue defines it, before it meets a person: its texts may hold
 * placeholders that a report fills in. {@code exclusive} marks an item that, when it applies, is the
 * only item of the report (emergency guidance). Items are kept in report order: indicator, then rank.
 */
public record CatalogueEntry(
        String id,
        Indicator indicator,
        int rank,
        boolean exclusive,
        Template summary,
        Template detail,
        Template caveat,
        Certainty certainty,
        List<String> claims,
        List<Source> sources) {

    public CatalogueEntry {
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }

    /** Every text of the item that a person reads, as written in the catalogue. */
    public List<Template> texts() {
        return List.of(summary, detail, caveat);
    }
}
