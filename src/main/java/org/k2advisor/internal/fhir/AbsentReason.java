package org.k2advisor.internal.fhir;

import java.util.List;
import java.util.Set;

import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.answers.ValueEcho;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Don't know" for a number question. FHIR R4's integer and decimal cannot say it, and an answer
 * must hold a value, so the item has no answer and carries HL7's data-absent-reason extension with
 * the code asked-unknown: the person was asked and does not know. This is not the same as an item
 * left out, which is not answered, just as "unknown" is not the same as a missing answer. (Yes/no
 * and choice questions say it with their own code, unknown.) HAPI's validator accepts it.
 */
final class AbsentReason {
    /** "unknown" says a value exists but is not known, close enough to read as don't know too. */
    private static final Set<String> DONT_KNOW = Set.of(FhirUrls.ASKED_UNKNOWN, "unknown");

    private AbsentReason() {}

    /** The extension an item gets for a number the person does not know. */
    static ObjectNode dontKnow() {
        return QuestionnaireWriter.NODES.objectNode().put("url", FhirUrls.DATA_ABSENT_REASON)
                .put("valueCode", FhirUrls.ASKED_UNKNOWN);
    }

    /** The code of the item's data-absent-reason extension ("" when it has none), or null without one. */
    static String of(JsonNode item) {
        JsonNode extensions = item.get("extension");
        if (extensions == null || !extensions.isArray()) {
            return null;
        }
        for (JsonNode extension : extensions) {
            if (FhirUrls.DATA_ABSENT_REASON.equals(extension.path("url").asText(null))) {
                return extension.path("valueCode").asText("");
            }
        }
        return null;
    }

    /** "unknown" for a number item without an answer whose reason is don't know; otherwise null and a problem. */
    static Object answer(Question question, String code, boolean unanswered, List<Problem> problems) {
        String problem = null;
        if (!question.kind().numeric()) {
            problem = "a data-absent-reason is read on number items only; expected " + new AnswerValue(question).expectedWords();
        } else if (!DONT_KNOW.contains(code)) {
            problem = "the data-absent-reason " + ValueEcho.of(code) + " is not read; for \"don't know\" give "
                    + FhirUrls.ASKED_UNKNOWN + ", or leave the item out when it was not answered";
        } else if (!unanswered) {
            problem = "the item has both an answer and a data-absent-reason; give one";
        }
        if (problem != null) {
            problems.add(new Problem(Code.WRONG_TYPE, question.id(), problem));
            return null;
        }
        return AnswerNormalizer.UNKNOWN;
    }
}
