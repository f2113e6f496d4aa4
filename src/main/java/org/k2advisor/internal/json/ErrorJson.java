package org.k2advisor.internal.json;

import java.util.List;

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
        root.set("problems", problems(error.problems()));
        return root;
    }

    /** Each problem as {"code", "field", "message"}, in order. */
    public static ArrayNode problems(List<InvalidAnswersException.Problem> problems) {
        ArrayNode array = ReportJson.MAPPER.createArrayNode();
        for (InvalidAnswersException.Problem problem : problems) {
            ObjectNode node = array.addObject();
            node.put("code", problem.code().id());
            node.put("field", problem.field());
            node.put("message", problem.message());
        }
        return array;
    }

    public static String json(InvalidAnswersException error) {
        return ReportJson.pretty(node(error));
    }

    /**
     * A bad line of a JSON Lines file: {@code {"line": N, "problems": [...]}}, on one line, as UTF-8
     * without a line break. The problems are those of {@link #json}, so they read the same.
     */
    public static byte[] line(long lineNumber, InvalidAnswersException error) {
        ObjectNode root = ReportJson.MAPPER.createObjectNode();
        root.put("line", lineNumber);
        root.setAll(node(error));
        return ReportJson.compact(root);
    }
}
