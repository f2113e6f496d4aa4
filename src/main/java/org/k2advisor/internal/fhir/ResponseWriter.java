package org.k2advisor.internal.fhir;

import java.math.BigDecimal;
import java.util.Map;

import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.json.ReportJson;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.render.AnswerWords;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Canonical answers as a completed QuestionnaireResponse to our Questionnaire, items in
 * questionnaire order, so that {@link ResponseReader} reads back the same answers and a FHIR
 * validator accepts it. It names no patient and no time: those belong to whoever stores it.
 */
final class ResponseWriter {
    private ResponseWriter() {}

    static String write(KnowledgePack pack, Map<String, Object> answers) {
        ObjectNode root = QuestionnaireWriter.NODES.objectNode();
        root.put("resourceType", "QuestionnaireResponse");
        root.set("text", Narrative.of("Answers to K2 Advisor's questionnaire", pack.disclaimer(), pack.questions().stream()
                .filter(q -> answers.containsKey(q.id()))
                .map(q -> q.label() + ": " + AnswerWords.of(q, answers.get(q.id())))
                .toList()));
        root.put("questionnaire", FhirUrls.QUESTIONNAIRE + "|" + pack.info().version());
        root.put("status", "completed");
        ArrayNode items = root.putArray("item");
        for (Question question : pack.questions()) {
            Object value = answers.get(question.id());
            if (value == null) {
                continue;
            }
            ObjectNode item = items.addObject();
            boolean dontKnow = question.kind().numeric() && AnswerNormalizer.UNKNOWN.equals(value);
            if (dontKnow) {
                item.putArray("extension").add(AbsentReason.dontKnow());
            }
            item.put("linkId", question.id()).put("text", question.text());
            if (!dontKnow) {
                answer(item.putArray("answer").addObject(), question, value);
            }
        }
        return ReportJson.pretty(root);
    }

    private static void answer(ObjectNode answer, Question question, Object value) {
        if (AnswerCodes.coded(question)) {
            answer.set("valueCoding", QuestionnaireWriter.coding(AnswerCodes.of(question, value)));
        } else if (question.kind() == Question.Kind.INTEGER) {
            answer.put("valueInteger", ((Number) value).longValue());
        } else {
            answer.put("valueDecimal", value instanceof Double d ? BigDecimal.valueOf(d) : new BigDecimal(value.toString()));
        }
    }
}
