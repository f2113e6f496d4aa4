package org.k2advisor.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.k2advisor.AdviceItem;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.facts.Advice;
import org.k2advisor.internal.pack.CatalogueEntry;
import org.k2advisor.internal.pack.KnowledgePack;

/**
 * Turns what the rules concluded into the advice a person reads: the catalogue's items for the
 * concluded ids in report order, an exclusive item (emergency guidance) alone when it applies, each
 * text filled in for this person, and each item's "because" traced back to the person's answers.
 */
public final class ReportAssembler {
    private final KnowledgePack pack;
    private final Reasons reasons;

    public ReportAssembler(KnowledgePack pack) {
        this.pack = pack;
        this.reasons = new Reasons(pack);
    }

    /**
     * The advice for one evaluation, most urgent first.
     *
     * @param answers the canonical answers the rules saw
     * @param facts our facts left in working memory
     * @param justifications for each fact a rule inserted, the facts it rests on
     */
    public List<AdviceItem> advice(Map<String, Object> answers, List<Object> facts,
            Map<Object, List<Object>> justifications) {
        Map<String, List<Object>> concluded = new HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof Advice advice) {
                concluded.computeIfAbsent(advice.getId(), id -> new ArrayList<>(2)).add(advice);
            }
        }
        List<CatalogueEntry> chosen = new ArrayList<>(concluded.size());
        for (CatalogueEntry entry : pack.catalogue()) {
            if (concluded.containsKey(entry.id())) {
                chosen.add(entry);
            }
        }
        if (chosen.size() < concluded.size()) {
            TreeSet<String> unknown = new TreeSet<>(concluded.keySet());
            chosen.forEach(entry -> unknown.remove(entry.id()));
            throw new KnowledgePackException("rules concluded advice " + unknown + ", which advice.json does not define");
        }
        if (chosen.stream().anyMatch(CatalogueEntry::exclusive)) {
            chosen.removeIf(entry -> !entry.exclusive());
        }
        PersonalText text = PersonalText.forPerson(pack, answers, facts);
        List<AdviceItem> items = new ArrayList<>(chosen.size());
        for (CatalogueEntry entry : chosen) {
            items.add(new AdviceItem(entry.id(), text.fill(entry, entry.summary()), text.fill(entry, entry.detail()),
                    entry.indicator(), entry.certainty(), text.fill(entry, entry.caveat()), entry.claims(),
                    entry.sources(), reasons.of(concluded.get(entry.id()), justifications, answers)));
        }
        return items;
    }

    /**
     * Every item the catalogue holds, as a reader of the catalogue (not of a report) sees it:
     * placeholders shown by name, shared passages in full, no reasons.
     */
    public static List<AdviceItem> catalogue(KnowledgePack pack) {
        PersonalText text = PersonalText.generic(pack);
        return pack.catalogue().stream().map(entry -> new AdviceItem(entry.id(), text.fill(entry, entry.summary()),
                text.fill(entry, entry.detail()), entry.indicator(), entry.certainty(), text.fill(entry, entry.caveat()),
                entry.claims(), entry.sources(), List.of())).toList();
    }
}
