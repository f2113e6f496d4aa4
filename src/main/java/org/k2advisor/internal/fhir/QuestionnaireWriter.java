package org.k2advisor.internal.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.k2advisor.KnowledgePackException;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.Bounds;
import org.k2advisor.internal.fhir.AnswerCodes.Coding;
import org.k2advisor.internal.json.ReportJson;
import org.k2advisor.internal.pack.KnowledgePack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The pack's questionnaire as a FHIR R4 Questionnaire, item by item in questionnaire order, so that
 * a FHIR form renders what {@code k2advisor ask} asks: one item per question (linkId = answer id),
 * its skip logic as enableWhen, its bounds as minValue/maxValue, "why we ask" as a help item. Every
 * item is optional, as a question left out of the answers counts as not answered. Fields are
 * written in the order FHIR defines them, so the same pack always gives the same bytes.
 */
final class QuestionnaireWriter {
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** The first item: a form shows the disclaimer before any question, as the interview does. */
    static final String DISCLAIMER_LINK_ID = "disclaimer";
    private static final String HELP_SUFFIX = ".help";

    private QuestionnaireWriter() {}

    static String write(KnowledgePack pack) {
        ObjectNode root = NODES.objectNode();
        root.put("resourceType", "Questionnaire");
        root.put("id", FhirUrls.QUESTIONNAIRE_ID);
        String title = "K2 Advisor: " + pack.title();
        root.set("text", Narrative.of(title, pack.disclaimer(),
                pack.questions().stream().map(Question::text).toList()));
        root.put("url", FhirUrls.QUESTIONNAIRE);
        root.put("version", pack.info().version());
        root.put("name", "K2Advisor");
        root.put("title", title);
        root.put("status", "active");
        root.put("experimental", false);
        root.putArray("subjectType").add("Patient");
        // A pack carries no release date; the day its evidence was checked is when its content last stood.
        root.put("date", pack.info().evidenceCheckedOn().toString());
        root.put("publisher", "K2 Advisor");
        root.put("description", pack.disclaimer());
        root.put("purpose", "Asks what K2 Advisor needs to give educational guidance on vitamin K2 and arterial "
                + "calcification. The answers are read by K2 Advisor's rules (knowledge pack " + pack.info().name()
                + " " + pack.info().version() + ").");
        ArrayNode items = root.putArray("item");
        items.addObject().put("linkId", DISCLAIMER_LINK_ID).put("text", pack.disclaimer()).put("type", "display");
        for (Question question : pack.questions()) {
            items.add(item(question, pack.questions()));
        }
        return ReportJson.pretty(root);
    }

    /** The linkIds of the display items, which a response may list but never answers. */
    static boolean isDisplayLinkId(String linkId) {
        return linkId.equals(DISCLAIMER_LINK_ID) || linkId.endsWith(HELP_SUFFIX);
    }

    static String helpLinkId(Question question) {
        return question.id() + HELP_SUFFIX;
    }

    private static ObjectNode item(Question question, List<Question> questions) {
        ObjectNode item = NODES.objectNode();
        if (question.kind().numeric()) {
            ArrayNode extensions = item.putArray("extension");
            bound(extensions, FhirUrls.MIN_VALUE, question, question.min());
            bound(extensions, FhirUrls.MAX_VALUE, question, question.max());
            if (extensions.isEmpty()) {
                item.remove("extension");
            }
        }
        item.put("linkId", question.id());
        item.put("text", question.text());
        item.put("type", FhirTypes.itemType(question));
        enableWhen(item, question, questions);
        item.put("required", false);
        item.put("repeats", false);
        if (AnswerCodes.coded(question)) {
            ArrayNode options = item.putArray("answerOption");
            AnswerCodes.options(question).forEach(option -> options.addObject().set("valueCoding", coding(option)));
        }
        if (question.help() != null) {
            item.putArray("item").add(help(question));
        }
        return item;
    }

    private static void bound(ArrayNode extensions, String url, Question question, Number bound) {
        if (bound != null) {
            ObjectNode extension = extensions.addObject().put("url", url);
            if (question.kind() == Question.Kind.INTEGER) {
                extension.put("valueInteger", bound.longValue());
            } else {
                extension.put("valueDecimal", new BigDecimal(Bounds.plain(bound)));
            }
        }
    }

    /**
     * The skip logic. One gate with several values (pregnancy for "female" or "other") is several
     * enableWhen, any of which enables the item; several gates of one value each must all hold.
     * Several gates one of which has several values need a FHIRPath expression, outside core R4.
     */
    private static void enableWhen(ObjectNode item, Question question, List<Question> questions) {
        Map<String, List<Object>> gates = question.when();
        if (gates.isEmpty()) {
            return;
        }
        boolean severalValues = gates.values().stream().anyMatch(values -> values.size() > 1);
        if (gates.size() > 1 && severalValues) {
            throw new KnowledgePackException("question '" + question.id() + "': its 'when' names several questions, "
                    + "one of them with several values, which a FHIR R4 enableWhen cannot express");
        }
        ArrayNode conditions = item.putArray("enableWhen");
        gates.forEach((gateId, values) -> {
            Question gate = questions.stream().filter(q -> q.id().equals(gateId)).findFirst().orElseThrow();
            for (Object value : values) {
                ObjectNode condition = conditions.addObject().put("question", gateId).put("operator", "=");
                answer(condition, question, gate, value);
            }
        });
        if (conditions.size() > 1) {
            item.put("enableBehavior", severalValues ? "any" : "all");
        }
    }

    private static void answer(ObjectNode condition, Question question, Question gate, Object value) {
        if (AnswerCodes.coded(gate) && AnswerCodes.of(gate, value) != null) {
            condition.set("answerCoding", coding(AnswerCodes.of(gate, value)));
        } else if (gate.kind() == Question.Kind.INTEGER && value instanceof Number whole) {
            condition.put("answerInteger", whole.longValue());
        } else if (gate.kind() == Question.Kind.NUMBER && value instanceof Number number) {
            condition.put("answerDecimal", new BigDecimal(number.toString()));
        } else {
            throw new KnowledgePackException("question '" + question.id() + "': its 'when' asks for " + gate.id() + " to be "
                    + value + ", which a FHIR R4 enableWhen cannot express");
        }
    }

    static ObjectNode coding(Coding coding) {
        return NODES.objectNode().put("system", coding.system()).put("code", coding.code()).put("display", coding.display());
    }

    private static ObjectNode help(Question question) {
        ObjectNode help = NODES.objectNode();
        ObjectNode control = help.putArray("extension").addObject().put("url", FhirUrls.ITEM_CONTROL);
        control.putObject("valueCodeableConcept").putArray("coding").addObject()
                .put("system", FhirUrls.ITEM_CONTROL_CODES).put("code", "help").put("display", "Help-Button");
        help.put("linkId", helpLinkId(question));
        help.put("text", question.help());
        help.put("type", "display");
        return help;
    }
}
