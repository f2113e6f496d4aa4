package org.k2advisor.service.cds;

import java.util.List;
import java.util.Set;

import org.k2advisor.InvalidAnswersException.Problem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The problems of a QuestionnaireResponse as a FHIR R4 OperationOutcome: one error issue per
 * problem, its diagnostics the library's message and its expression a FHIRPath to the item by
 * linkId (or to the element of the response it is about), so that a FHIR tool can point at it.
 */
final class OperationOutcomes {
    /** Fields the reader names for the response as a whole rather than for an item. */
    private static final Set<String> ELEMENTS = Set.of("questionnaire", "status", "resourceType", "subject");
    private static final String DOCUMENT = "answers";

    private OperationOutcomes() {}

    static String of(List<Problem> problems) {
        ObjectNode root = CdsJson.newObject();
        root.put("resourceType", "OperationOutcome");
        ArrayNode issues = root.putArray("issue");
        for (Problem problem : problems) {
            ObjectNode issue = issues.addObject();
            issue.put("severity", "error");
            issue.put("code", "invalid");
            issue.put("diagnostics", problem.toString() + " [" + problem.code().id() + "]");
            issue.putArray("expression").add(expression(problem.field()));
        }
        return CdsJson.write(root);
    }

    static String expression(String field) {
        if (field.equals(DOCUMENT)) {
            return "QuestionnaireResponse";
        }
        if (ELEMENTS.contains(field)) {
            return "QuestionnaireResponse." + field;
        }
        // A FHIRPath string literal: a quote or a backslash in a linkId is escaped.
        return "QuestionnaireResponse.item.where(linkId = '" + field.replace("\\", "\\\\").replace("'", "\\'") + "')";
    }
}
