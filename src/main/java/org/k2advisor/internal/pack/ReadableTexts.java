package org.k2advisor.internal.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every text of a pack that a person reads as the pack's own words, with where it is written:
 * each advice item's summary, detail, caveat and certainty statement, the shared passages, each
 * question's text and help, and the disclaimer. Loading and `rules check` both take the texts to
 * check from here, so they always check the same ones.
 *
 * <p>Left out on purpose: choice labels and the "because" words, which say back the person's own
 * answer ("reverse: remove calcium already in my arteries") rather than claim anything; the safety
 * tests of the built-in reports leave them out for the same reason.
 */
public final class ReadableTexts {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonPointer QUESTIONS = JsonPointer.compile("/questions");
    private static final JsonPointer PASSAGES = JsonPointer.compile("/passages");
    private static final JsonPointer ADVICE = JsonPointer.compile("/advice");

    /** Whose a text is: the texts of one advice item, or of one question, are read together. */
    public enum Owner { ADVICE, QUESTION, PASSAGE, PACK }

    /** One text as written (placeholders included), whose it is, which field, and its file and line. */
    public record Text(Owner owner, String id, String field, String text, String file, int line) {
        /** How a finding names it: advice "emergency_care" (detail), or the disclaimer. */
        public String describe() {
            return owner == Owner.PACK ? "the " + field
                    : owner.name().toLowerCase(java.util.Locale.ROOT) + " \"" + id + "\" (" + field + ")";
        }
    }

    private ReadableTexts() {}

    /** The texts in file order: pack.json, then questionnaire.json, then advice.json. */
    public static List<Text> of(RawFile manifest, RawFile questionnaire, RawFile advice) {
        List<Text> texts = new ArrayList<>();
        new Reading(manifest, texts).add(JsonPointer.compile("/disclaimer"), Owner.PACK, "pack", "disclaimer");
        Reading questions = new Reading(questionnaire, texts);
        for (int i = 0; i < questions.root.at(QUESTIONS).size(); i++) {
            JsonPointer question = QUESTIONS.appendIndex(i);
            String id = questions.root.at(question.appendProperty("id")).asText();
            questions.add(question.appendProperty("text"), Owner.QUESTION, id, "text");
            questions.add(question.appendProperty("help"), Owner.QUESTION, id, "help");
        }
        Reading catalogue = new Reading(advice, texts);
        catalogue.root.at(PASSAGES).fieldNames().forEachRemaining(name -> {
            catalogue.add(PASSAGES.appendProperty(name).appendProperty("first"), Owner.PASSAGE, name, "first");
            catalogue.add(PASSAGES.appendProperty(name).appendProperty("again"), Owner.PASSAGE, name, "again");
        });
        for (int i = 0; i < catalogue.root.at(ADVICE).size(); i++) {
            JsonPointer item = ADVICE.appendIndex(i);
            String id = catalogue.root.at(item.appendProperty("id")).asText();
            for (String field : List.of("summary", "detail", "caveat")) {
                catalogue.add(item.appendProperty(field), Owner.ADVICE, id, field);
            }
            catalogue.add(item.appendProperty("certainty").appendProperty("statement"), Owner.ADVICE, id, "certainty statement");
        }
        return texts;
    }

    /** One file parsed once, with the line of each of its values. */
    private static final class Reading {
        private final RawFile file;
        private final JsonNode root;
        private final Map<JsonPointer, Integer> lines;
        private final List<Text> texts;

        Reading(RawFile file, List<Text> texts) {
            this.file = file;
            this.root = tree(file);
            this.lines = file.lines();
            this.texts = texts;
        }

        /** Adds the value at {@code at} when it is a string; anything else the reader has already refused. */
        void add(JsonPointer at, Owner owner, String id, String field) {
            JsonNode value = root.at(at);
            if (value.isTextual()) {
                texts.add(new Text(owner, id, field, value.asText(), file.location(), lines.getOrDefault(at, 0)));
            }
        }

        private static JsonNode tree(RawFile file) {
            try {
                JsonNode root = file.text() == null ? null : MAPPER.readTree(file.text());
                return root == null ? MAPPER.missingNode() : root;
            } catch (IOException e) {
                return MAPPER.missingNode(); // the reader reports malformed JSON, naming its line
            }
        }
    }
}
