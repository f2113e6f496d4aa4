package org.k2advisor.internal.fhir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.InvalidAnswersException.Problem;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.answers.EditDistance;
import org.k2advisor.internal.answers.ValueEcho;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A QuestionnaireResponse to our Questionnaire read into raw answers, checked as a FHIR validator
 * checks it against the Questionnaire: our canonical (any version of the same major), a status
 * whose answers stand, known linkIds each given once, at most one answer per item, and the value
 * type the item takes. Every problem names the linkId and says what is allowed, in FHIR's words.
 * What a response cannot say wrongly in FHIR terms (a gate answered the other way, say) is left to
 * the normalizer, which judges these answers exactly as it judges an answers file.
 */
final class ResponseReader {
    /** The elements of an R4 QuestionnaireResponse; anything else is a mistake worth naming. */
    private static final Set<String> ELEMENTS = Set.of("resourceType", "id", "meta", "implicitRules", "language", "text",
            "contained", "extension", "modifierExtension", "identifier", "basedOn", "partOf", "questionnaire", "status",
            "subject", "encounter", "authored", "author", "source", "item");
    private static final Set<String> ITEM_ELEMENTS = Set.of("id", "extension", "modifierExtension", "linkId", "definition",
            "text", "answer", "item");
    /** Final answers, and answers still being given, are read; abandoned or withdrawn ones are not. */
    private static final Set<String> STATUSES = Set.of("completed", "amended", "in-progress");
    private static final String DOCUMENT = "answers";

    private final List<Question> questions;
    private final Map<String, Question> byId = new LinkedHashMap<>();
    private final String packVersion;
    private final List<Problem> problems = new ArrayList<>();

    ResponseReader(List<Question> questions, String packVersion) {
        this.questions = questions;
        questions.forEach(q -> byId.put(q.id(), q));
        this.packVersion = packVersion;
    }

    /**
     * @param response a JSON object whose resourceType is QuestionnaireResponse
     * @return the answers by question id: Boolean, Long, BigDecimal or String, as an answers file gives them
     * @throws InvalidAnswersException listing every problem, in the order of the response
     */
    Map<String, Object> read(JsonNode response) {
        checkElements(response);
        checkQuestionnaire(response.get("questionnaire"));
        checkStatus(response.get("status"));
        Map<String, Object> answers = new LinkedHashMap<>();
        JsonNode items = response.get("item");
        if (items != null && !items.isArray()) {
            invalid(DOCUMENT, "\"item\" must be an array of items");
        } else if (items != null && items.size() > AnswerNormalizer.MAX_ANSWERS) {
            throw new InvalidAnswersException(Code.TOO_LONG, DOCUMENT, items.size() + " items; at most "
                    + AnswerNormalizer.MAX_ANSWERS + " are read, and the questionnaire has " + questions.size() + " questions");
        } else if (items != null) {
            Set<String> seen = new HashSet<>();
            items.forEach(item -> readItem(item, seen, answers));
        }
        Set<String> unusable = new HashSet<>();
        problems.forEach(problem -> unusable.add(problem.field()));
        problems.addAll(EnableWhen.check(questions, answers, unusable));
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return answers;
    }

    private void checkElements(JsonNode response) {
        for (Iterator<String> names = response.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            // "_status" and the like carry a primitive's id and extensions in FHIR's JSON.
            String element = name.startsWith("_") ? name.substring(1) : name;
            if (!ELEMENTS.contains(element)) {
                invalid(DOCUMENT, "a QuestionnaireResponse has no element " + ValueEcho.of(name));
            }
        }
        // Modifiers change what the rest means; the advisor knows none, so it must not guess.
        if (response.has("modifierExtension") || response.has("implicitRules")) {
            invalid(DOCUMENT, "it has a modifierExtension or implicitRules, which change what the answers mean; "
                    + "the advisor reads responses without them");
        }
    }

    private void checkQuestionnaire(JsonNode questionnaire) {
        String expected = FhirUrls.QUESTIONNAIRE + "|" + packVersion;
        if (questionnaire == null || !questionnaire.isTextual()) {
            invalid("questionnaire", "missing; a response must name the questionnaire it answers, " + expected);
            return;
        }
        String canonical = questionnaire.asText();
        int bar = canonical.indexOf('|');
        String url = bar < 0 ? canonical : canonical.substring(0, bar);
        if (!url.equals(FhirUrls.QUESTIONNAIRE)) {
            invalid("questionnaire", url(canonical) + " is not this advisor's questionnaire; expected " + expected);
        } else if (bar >= 0 && !major(canonical.substring(bar + 1)).equals(major(packVersion))) {
            // A new major version of the pack may change what an answer means; minor versions only add.
            invalid("questionnaire", "version " + ValueEcho.of(canonical.substring(bar + 1)) + " of the questionnaire is not "
                    + "read by this advisor, which reads version " + major(packVersion) + ".x (its pack is " + packVersion + ")");
        }
    }

    /** A URL as a message shows it: its end, which names the resource, when it is long. */
    static String url(String url) {
        return "\"" + ValueEcho.path(url) + "\"";
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    private void checkStatus(JsonNode status) {
        if (status == null || !status.isTextual()) {
            invalid("status", "missing; expected completed, amended or in-progress");
        } else if (!STATUSES.contains(status.asText())) {
            invalid("status", ValueEcho.of(status.asText()) + " is not read: the answers of a stopped or "
                    + "entered-in-error response do not stand; expected completed, amended or in-progress");
        }
    }

    private void readItem(JsonNode item, Set<String> seen, Map<String, Object> answers) {
        JsonNode linkIdNode = item.get("linkId");
        if (!item.isObject() || linkIdNode == null || !linkIdNode.isTextual()) {
            invalid(DOCUMENT, "every item needs a linkId, the id of the question it answers");
            return;
        }
        String linkId = linkIdNode.asText();
        String field = ValueEcho.bare(linkId);
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ITEM_ELEMENTS.contains(name.startsWith("_") ? name.substring(1) : name)) {
                invalid(field, "an item has no element " + ValueEcho.of(name));
            }
        }
        if (item.has("modifierExtension")) {
            invalid(field, "the item has a modifierExtension, which changes what its answer means; the advisor reads "
                    + "items without one");
        }
        if (nonEmpty(item.get("item"))) {
            invalid(field, "the item holds nested items; this questionnaire has no groups, so each question is an item "
                    + "of its own at the top level");
            return;
        }
        if (!seen.add(linkId)) {
            invalid(field, "the item is given twice; give each question once");
            return;
        }
        Question question = byId.get(linkId);
        JsonNode answer = item.get("answer");
        if (question == null) {
            if (!QuestionnaireWriter.isDisplayLinkId(linkId)) {
                problems.add(new Problem(Code.UNKNOWN_ID, field, "no question of the questionnaire has this linkId"
                        + suggestion(linkId)));
            } else if (nonEmpty(answer)) {
                invalid(field, "a display item takes no answer");
            }
            return;
        }
        boolean unanswered = answer == null || answer.isArray() && answer.isEmpty();
        String absent = AbsentReason.of(item);
        if (absent != null) {
            Object unknown = AbsentReason.answer(question, absent, unanswered, problems);
            if (unknown != null) {
                answers.put(question.id(), unknown);
            }
            return;
        }
        if (unanswered) {
            return; // listed but not answered, as a form may send it
        }
        if (!answer.isArray()) {
            invalid(field, "\"answer\" must be an array holding one answer");
        } else if (answer.size() > 1) {
            invalid(field, "the item has " + answer.size() + " answers; the question takes one (it does not repeat)");
        } else {
            Object value = new AnswerValue(question).read(answer.get(0), problems);
            if (value != null) {
                answers.put(question.id(), value);
            }
        }
    }

    private static boolean nonEmpty(JsonNode node) {
        return node != null && !(node.isArray() && node.isEmpty());
    }

    private String suggestion(String linkId) {
        String best = linkId.length() > ValueEcho.MAX_CHARS ? null
                : EditDistance.nearest(linkId, questions.stream().map(Question::id).toList());
        return best != null ? " (did you mean \"" + best + "\"?)" : " (see `k2advisor questions --format fhir`)";
    }

    private void invalid(String field, String message) {
        problems.add(new Problem(Code.INVALID_FHIR, field, message));
    }
}
