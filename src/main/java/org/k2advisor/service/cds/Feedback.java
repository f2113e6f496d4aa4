package org.k2advisor.service.cds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Feedback on cards, checked as far as the log needs: each entry names a card by its UUID (which
 * holds no patient data, as this service's uuids name an advice item, not a person) and an outcome.
 */
final class Feedback {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> OUTCOMES = Set.of("accepted", "overridden");
    /** A log line stays a line: past this many entries it says how many more there were. */
    private static final int SHOWN = 20;

    record Entry(String card, String outcome) {}

    private Feedback() {}

    static List<Entry> parse(String json) {
        JsonNode root = CdsJson.object(json, "feedback");
        JsonNode array = root.get("feedback");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw CdsRequestException.badRequest("feedback", (array == null ? "missing" : "got " + CdsJson.kind(array)
                    + (array.isArray() ? " with no entries" : "")) + "; expected an array of entries, each with a card "
                    + "uuid and an outcome");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode entry = array.get(i);
            String at = "feedback[" + i + "]";
            if (!entry.isObject()) {
                throw CdsRequestException.badRequest(at, "expected an object, got " + CdsJson.kind(entry));
            }
            String card = CdsJson.text(entry, "card", at + ".card", "the uuid of a card this service returned");
            if (!UUID.matcher(card).matches()) {
                throw CdsRequestException.badRequest(at + ".card", CdsJson.shown(entry.get("card"))
                        + " is not a UUID; expected the uuid of a card this service returned");
            }
            String outcome = CdsJson.text(entry, "outcome", at + ".outcome", "accepted or overridden");
            if (!OUTCOMES.contains(outcome)) {
                throw CdsRequestException.badRequest(at + ".outcome", CdsJson.shown(entry.get("outcome"))
                        + " is not an outcome; expected accepted or overridden");
            }
            entries.add(new Entry(card.toLowerCase(java.util.Locale.ROOT), outcome));
        }
        return entries;
    }

    static String summary(List<Entry> entries) {
        List<String> parts = new ArrayList<>();
        entries.stream().limit(SHOWN).forEach(entry -> parts.add("card " + entry.card() + " " + entry.outcome()));
        if (entries.size() > SHOWN) {
            parts.add("and " + (entries.size() - SHOWN) + " more");
        }
        return String.join(", ", parts);
    }
}
