package org.k2advisor.internal.json;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes an answers document: one JSON object of answer id to a string, number or boolean. */
public final class AnswersJson {
    private AnswersJson() {}

    /** Canonical answers as a document that {@link #parse} and {@code advise --answers} read back. */
    public static String write(Map<String, ?> answers) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        answers.forEach((id, value) -> root.set(id, ReportJson.MAPPER.valueToTree(value)));
        return ReportJson.pretty(root);
    }

    /**
     * The answers in a document, not yet checked against a questionnaire (see {@link AnswersParser}).
     *
     * @throws NullPointerException when {@code json} is null
     * @throws org.k2advisor.InvalidAnswersException when it is not exactly one JSON object of bounded size
     */
    public static Map<String, Object> parse(String json) {
        return AnswersParser.parse(json);
    }

    /**
     * The answers on one line of a JSON Lines file: as {@link #parse}, with problems placed by column.
     *
     * @throws org.k2advisor.InvalidAnswersException when the line is not exactly one JSON object
     */
    public static Map<String, Object> parseLine(String line) {
        return AnswersParser.parseLine(line);
    }

    /**
     * A document {@link #parse} accepted, as a tree: for a FHIR resource, which nests.
     *
     * @throws org.k2advisor.InvalidAnswersException for a name given twice in one object
     */
    public static JsonNode tree(String json) {
        return AnswersParser.tree(json);
    }
}
