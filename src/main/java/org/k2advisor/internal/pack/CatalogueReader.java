package org.k2advisor.internal.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.Certainty;
import org.k2advisor.Indicator;
import org.k2advisor.Question;
import org.k2advisor.Source;
import org.k2advisor.internal.text.Template;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads advice.json: the shared passages and the advice items, each checked against the claims,
 * sources and questions it refers to, and sorted into report order (indicator, then rank).
 */
final class CatalogueReader {
    /** The catalogue in report order and the passages its items share. */
    record Catalogue(List<CatalogueEntry> entries, Map<String, Passage> passages) {}

    private final JsonFile file;
    private final List<String> claimIds;
    private final Map<String, Source> sources;
    private final List<Question> questions;

    CatalogueReader(JsonFile file, List<String> claimIds, Map<String, Source> sources, List<Question> questions) {
        this.file = file;
        this.claimIds = claimIds;
        this.sources = sources;
        this.questions = questions;
    }

    Catalogue read() {
        Map<String, Passage> passages = passages();
        List<CatalogueEntry> entries = new ArrayList<>();
        for (JsonNode node : file.array(file.root(), "advice")) {
            CatalogueEntry entry = entry(node, passages);
            if (entries.stream().anyMatch(e -> e.id().equals(entry.id()))) {
                throw file.error("advice '" + entry.id() + "' is defined twice");
            }
            entries.add(entry);
        }
        entries.sort(Comparator.comparing(CatalogueEntry::indicator).thenComparingInt(CatalogueEntry::rank)
                .thenComparing(CatalogueEntry::id));
        return new Catalogue(entries, passages);
    }

    private Map<String, Passage> passages() {
        Map<String, Passage> passages = new LinkedHashMap<>();
        JsonNode node = file.root().get("passages");
        if (node == null) {
            return passages;
        }
        for (var passage : node.properties()) {
            passages.put(passage.getKey(), new Passage(file.text(passage.getValue(), "first"),
                    file.text(passage.getValue(), "again")));
        }
        return passages;
    }

    private CatalogueEntry entry(JsonNode node, Map<String, Passage> passages) {
        String id = file.text(node, "id");
        String label = file.text(node, "indicator");
        Indicator indicator = Indicator.fromLabel(label);
        if (indicator == null) {
            throw file.error("advice '" + id + "': indicator must be critical, warning or info, not '" + label + "'");
        }
        JsonNode exclusive = node.get("exclusive");
        if (exclusive != null && !exclusive.isBoolean()) {
            throw file.error("advice '" + id + "': 'exclusive' must be true or false");
        }
        List<Source> itemSources = file.knownIds(node, "sources", sources.keySet(), "source", id)
                .stream().map(sources::get).toList();
        return new CatalogueEntry(id, indicator, file.integer(node, "rank"), exclusive != null && exclusive.booleanValue(),
                template(node, "summary", id, passages), template(node, "detail", id, passages),
                template(node, "caveat", id, passages), certainty(node, id),
                file.knownIds(node, "claims", claimIds, "claim", id), itemSources);
    }

    private Certainty certainty(JsonNode node, String id) {
        JsonNode certainty = node.get("certainty");
        if (certainty == null || !certainty.isObject()) {
            throw file.error("advice '" + id + "': 'certainty' must be an object with 'level' and 'statement'");
        }
        String level = file.text(certainty, "level");
        Certainty.Level parsed = Certainty.Level.fromLabel(level);
        if (parsed == null) {
            throw file.error("advice '" + id + "': certainty level must be one of high, moderate, low, very_low, "
                    + "no_trial_evidence, not '" + level + "'");
        }
        return new Certainty(parsed, file.text(certainty, "statement"));
    }

    private Template template(JsonNode node, String field, String id, Map<String, Passage> passages) {
        Template template;
        try {
            template = Template.parse(file.text(node, field));
        } catch (IllegalArgumentException e) {
            throw file.error("advice '" + id + "': '" + field + "': " + e.getMessage());
        }
        for (Template.Placeholder p : template.placeholders()) {
            String problem = switch (p.kind()) {
                case ANSWER -> question(p.name()) == null ? "names no question '" + p.name() + "'" : null;
                case COMPARE -> question(p.name()) == null || !isNumeric(question(p.name()))
                        ? "compares '" + p.name() + "', which is not a number question" : null;
                case PASSAGE -> passages.containsKey(p.name()) ? null : "names no passage '" + p.name() + "'";
                case FINDING -> null; // findings are whatever the rules conclude; a missing one fails at run time
            };
            if (problem != null) {
                throw file.error("advice '" + id + "': '" + field + "' " + problem);
            }
        }
        return template;
    }

    private Question question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean isNumeric(Question q) {
        return q.kind().numeric();
    }
}
