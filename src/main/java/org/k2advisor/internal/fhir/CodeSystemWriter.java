package org.k2advisor.internal.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.k2advisor.Choice;
import org.k2advisor.Question;
import org.k2advisor.internal.json.ReportJson;
import org.k2advisor.internal.pack.KnowledgePack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CodeSystems of the Questionnaire's coded answers, in one Bundle of type collection: one shared
 * by every yes/no question (yes, no, unknown), then one per choice question, whose codes are its
 * choice values and whose displays are the words a person picks them by. One CodeSystem per choice
 * question, because the same value means different things in different questions ("other" sex, an
 * "other" blood thinner).
 */
final class CodeSystemWriter {
    private CodeSystemWriter() {}

    static String write(KnowledgePack pack) {
        ObjectNode bundle = QuestionnaireWriter.NODES.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", "k2-advisor-answer-codes");
        bundle.put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        for (ObjectNode codeSystem : codeSystems(pack)) {
            entries.addObject().put("fullUrl", codeSystem.get("url").asText()).set("resource", codeSystem);
        }
        return ReportJson.pretty(bundle);
    }

    private static List<ObjectNode> codeSystems(KnowledgePack pack) {
        // Keyed by id, so the shared yes/no/unknown system is written once, where first needed.
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (Question question : pack.questions()) {
            if (!AnswerCodes.coded(question)) {
                continue;
            }
            String id = AnswerCodes.codeSystemId(question);
            if (question.kind() == Question.Kind.BOOLEAN) {
                byId.computeIfAbsent(id, ignored -> codeSystem(pack, id, "yes, no or don't know",
                        "The answers to every yes/no question of K2 Advisor's questionnaire. \"unknown\" means the "
                                + "person was asked and does not know, which is not the same as no answer.",
                        AnswerCodes.yesNoUnknown()));
            } else {
                byId.put(id, codeSystem(pack, id, question.label(), "The answers to the question \"" + question.text()
                        + "\" (answer id " + question.id() + ") of K2 Advisor's questionnaire. Each code is the value "
                        + "an answers file gives.", question.choices()));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static ObjectNode codeSystem(KnowledgePack pack, String id, String subject, String description, List<Choice> concepts) {
        String title = "K2 Advisor answers: " + subject;
        ObjectNode codeSystem = QuestionnaireWriter.NODES.objectNode();
        codeSystem.put("resourceType", "CodeSystem");
        codeSystem.put("id", id);
        codeSystem.set("text", Narrative.of(title, description,
                concepts.stream().map(c -> c.value() + ": " + c.label()).toList()));
        codeSystem.put("url", FhirUrls.codeSystem(id));
        codeSystem.put("version", pack.info().version());
        codeSystem.put("name", computableName(id));
        codeSystem.put("title", title);
        codeSystem.put("status", "active");
        codeSystem.put("experimental", false);
        codeSystem.put("date", pack.info().evidenceCheckedOn().toString());
        codeSystem.put("publisher", "K2 Advisor");
        codeSystem.put("description", description);
        codeSystem.put("caseSensitive", true);
        codeSystem.put("content", "complete");
        codeSystem.put("count", concepts.size());
        ArrayNode concept = codeSystem.putArray("concept");
        concepts.forEach(c -> concept.addObject().put("code", c.value()).put("display", c.label()));
        return codeSystem;
    }

    /** FHIR's computable name (cnl-0): "k2-advisor-k2-foods" becomes "K2AdvisorK2Foods". */
    static String computableName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
