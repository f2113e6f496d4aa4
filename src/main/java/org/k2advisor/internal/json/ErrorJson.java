package org.k2advisor.internal.json;

import org.k2advisor.InvalidAnswersException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers that cannot be used, as JSON: every problem with its stable code, field and message. The
 * batch command writes it for a bad line and the service inside its problem details, so a caller
 * reads one shape wherever the answers came in.
 */
public final class ErrorJson {
    private ErrorJson() {}

    /** The problems as a JSON object node, for embedding in a larger document. */
    public static ObjectNode node(InvalidAnswersException error) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        ArrayNode problems = root.putArray("problems");
        for (InvalidAnswersException.Problem problem : error.problems()) {
            ObjectNode node = problems.addObject();
            node.put("code", problem.code().id());
            node.put("field", problem.field());
            node.put("message", problem.message());
        }
        return root;
    }

    public static String json(InvalidAnswersException error) {
        return ReportJson.pretty(node(error));
    }
}
