package org.k2advisor.internal.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.Claim;
import org.k2advisor.Source;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads seeds/sources.json and seeds/claims.json: what the advice rests on, and in whose words. */
final class SeedsReader {
    private SeedsReader() {}

    static Map<String, Source> sources(JsonFile file) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (JsonNode node : file.array(file.root(), "sources")) {
            String id = file.text(node, "id");
            if (sources.containsKey(id)) {
                throw file.error("source '" + id + "' is defined twice");
            }
            sources.put(id, new Source(id, file.text(node, "label"), file.text(node, "citation"),
                    file.optionalText(node, "url"), file.date(node, "checkedOn")));
        }
        return sources;
    }

    static List<Claim> claims(JsonFile file, Map<String, Source> sources) {
        List<Claim> claims = new ArrayList<>();
        for (JsonNode node : file.array(file.root(), "claims")) {
            String id = file.text(node, "id");
            String design = file.text(node, "design");
            if (!Claim.DESIGNS.contains(design)) {
                throw file.error("claim '" + id + "': design must be one of " + Claim.DESIGNS + ", not '" + design + "'");
            }
            List<String> claimSources = file.knownIds(node, "sources", sources.keySet(), "source", id);
            JsonNode correction = node.get("correction");
            String note = correction == null ? null : file.text(correction, "note");
            List<String> correctionSources = correction == null
                    ? List.of() : file.knownIds(correction, "sources", sources.keySet(), "source", id);
            claims.add(new Claim(id, file.text(node, "origin"), file.text(node, "section"), file.text(node, "text"),
                    design, claimSources, note, correctionSources, file.optionalText(node, "explanatory")));
        }
        return claims;
    }
}
