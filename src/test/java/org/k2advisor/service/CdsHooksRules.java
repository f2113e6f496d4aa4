package org.k2advisor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What CDS Hooks 2.0 requires of a discovery document and of a response with cards, as far as
 * it can be checked on the JSON, written down from the specification's tables: required members
 * and their kinds, the closed lists of values, and no null, empty string or empty array anywhere
 * but the cards array itself. Plus what this advisor promises of its own text.
 */
final class CdsHooksRules {
    /** The OpenAPI document's schemas, which the responses must also hold to: append the name. */
    static final String OPENAPI = "classpath:openapi/openapi.json#/components/schemas/";
    static final Set<String> INDICATORS = Set.of("info", "warning", "critical");
    private static final Set<String> CARD_MEMBERS = Set.of("uuid", "summary", "detail", "indicator", "source",
            "suggestions", "selectionBehavior", "overrideReasons", "links");
    private static final Set<String> SOURCE_MEMBERS = Set.of("label", "url", "icon", "topic");
    /**
     * An advice summary must never promise reversal in people, nor name a dose of vitamin K, which is
     * counted in micrograms or milligrams (vitamin D's upper level, in IU, is a safety limit, not a dose).
     */
    private static final Pattern OVERCLAIM = Pattern.compile(
            "(?i)\\b(reverses?|reversing|removes?|dissolves?|clears?)\\b[^.]*\\b(calcification|calcium|arter)");
    private static final Pattern DOSE = Pattern.compile("(?i)\\b\\d+(\\.\\d+)?\\s*(µg|mcg|mg|micrograms?|milligrams?)(?![\\p{L}])");

    private CdsHooksRules() {}

    static List<String> cardsResponse(JsonNode root) {
        List<String> broken = new ArrayList<>();
        if (!root.isObject() || !root.path("cards").isArray()) {
            broken.add("the response must be an object with a cards array");
            return broken;
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("cards") && !name.equals("systemActions")) {
                broken.add("unknown member " + name);
            }
        });
        noEmptiness(root, "", broken);
        for (int i = 0; i < root.get("cards").size(); i++) {
            card(root.get("cards").get(i), "cards[" + i + "]", broken);
        }
        return broken;
    }

    static void card(JsonNode card, String at, List<String> broken) {
        card.fieldNames().forEachRemaining(name -> {
            if (!CARD_MEMBERS.contains(name)) {
                broken.add(at + ": unknown member " + name);
            }
        });
        String summary = card.path("summary").asText("");
        if (!card.path("summary").isTextual() || summary.isEmpty() || summary.length() >= 140) {
            broken.add(at + ".summary: a string of 1 to 139 characters is required, got " + card.get("summary"));
        }
        if (!INDICATORS.contains(card.path("indicator").asText())) {
            broken.add(at + ".indicator: one of " + INDICATORS + " is required, got " + card.get("indicator"));
        }
        JsonNode source = card.path("source");
        if (!source.isObject() || !source.path("label").isTextual()) {
            broken.add(at + ".source: an object with a label is required");
        } else {
            source.fieldNames().forEachRemaining(name -> {
                if (!SOURCE_MEMBERS.contains(name)) {
                    broken.add(at + ".source: unknown member " + name);
                }
            });
            if (source.has("url") && !source.get("url").asText().matches("https?://\\S+")) {
                broken.add(at + ".source.url: an absolute URL is required, got " + source.get("url"));
            }
        }
        if (card.has("uuid")) {
            try {
                UUID.fromString(card.get("uuid").asText());
            } catch (IllegalArgumentException e) {
                broken.add(at + ".uuid: a UUID is required, got " + card.get("uuid"));
            }
        }
        if (card.has("detail") && !card.get("detail").isTextual()) {
            broken.add(at + ".detail: Markdown text is required");
        }
        if (OVERCLAIM.matcher(summary).find() && !summary.matches("(?i).*\\b(not|no|never|n't)\\b.*")) {
            broken.add(at + ".summary claims vitamin K2 reverses calcification: " + summary);
        }
        if (DOSE.matcher(summary).find()) {
            broken.add(at + ".summary names a dose: " + summary);
        }
    }

    static List<String> discovery(JsonNode root) {
        List<String> broken = new ArrayList<>();
        noEmptiness(root, "", broken);
        JsonNode services = root.path("services");
        if (!services.isArray()) {
            broken.add("services: an array is required");
            return broken;
        }
        for (JsonNode service : services) {
            for (String required : List.of("hook", "description", "id")) {
                if (!service.path(required).isTextual()) {
                    broken.add("services[]." + required + " is required");
                }
            }
            if (service.has("prefetch")) {
                service.get("prefetch").fields().forEachRemaining(entry -> {
                    if (!entry.getValue().isTextual()) {
                        broken.add("services[].prefetch." + entry.getKey() + ": a query string is required");
                    }
                });
            }
        }
        return broken;
    }

    /** No null, no empty string, no empty array or object: the only exception is "cards": []. */
    private static void noEmptiness(JsonNode node, String at, List<String> broken) {
        if (node.isNull()) {
            broken.add(at + " is null");
        } else if (node.isTextual() && node.asText().isEmpty()) {
            broken.add(at + " is an empty string");
        } else if (node.isContainerNode() && node.isEmpty() && !at.equals("/cards")) {
            broken.add(at + " is empty");
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> noEmptiness(field.getValue(), at + "/" + field.getKey(), broken));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                noEmptiness(node.get(i), at + "/" + i, broken);
            }
        }
    }

    static void assertFollowed(List<String> broken, String what) {
        assertEquals(List.of(), broken, what);
    }
}
