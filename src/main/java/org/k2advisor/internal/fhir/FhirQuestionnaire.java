package org.k2advisor.internal.fhir;

import java.util.List;
import java.util.Map;

import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.ValueEcho;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.pack.KnowledgePack;

/**
 * A pack's questionnaire in FHIR R4 terms, both ways: the Questionnaire and the CodeSystems of its
 * answers, a QuestionnaireResponse from answers, and answers from an answers document of either
 * kind. Everything is derived from the pack's questions, so FHIR never has a questionnaire of its own.
 */
public final class FhirQuestionnaire {
    private static final String RESOURCE_TYPE = "resourceType";
    private static final String RESPONSE = "QuestionnaireResponse";

    private final List<Question> questions;
    private final String packVersion;

    /**
     * @param questions the pack's questions, in order
     * @param packVersion the pack's version, which the Questionnaire's version is
     */
    public FhirQuestionnaire(List<Question> questions, String packVersion) {
        this.questions = List.copyOf(questions);
        this.packVersion = packVersion;
    }

    /** The questionnaire of an advisor's pack: what every reader of answers documents outside the facade uses. */
    public static FhirQuestionnaire of(Advisor advisor) {
        return new FhirQuestionnaire(advisor.questions(), advisor.knowledgeBase().version());
    }

    /** The Questionnaire resource, as JSON. */
    public static String questionnaire(KnowledgePack pack) {
        return QuestionnaireWriter.write(pack);
    }

    /** A Bundle (collection) of the CodeSystems the Questionnaire's coded answers come from, as JSON. */
    public static String codeSystems(KnowledgePack pack) {
        return CodeSystemWriter.write(pack);
    }

    /** A completed QuestionnaireResponse holding these answers, which must be canonical (validated). */
    public static String response(KnowledgePack pack, Map<String, Object> canonicalAnswers) {
        return ResponseWriter.write(pack, canonicalAnswers);
    }

    /**
     * The raw answers of an answers document: a JSON object of answer id to value, or a FHIR
     * QuestionnaireResponse to this questionnaire, told apart by its {@code resourceType}. Either
     * way the answers still go through the normalizer, as every answers file does.
     *
     * @throws InvalidAnswersException as {@link AnswersJson#parse}, and for a response this questionnaire
     *     cannot read, or another FHIR resource
     */
    public Map<String, Object> answers(String document) {
        Map<String, Object> flat = AnswersJson.parse(document);
        return flat.containsKey(RESOURCE_TYPE) ? response(document, flat.get(RESOURCE_TYPE)) : flat;
    }

    /**
     * As {@link #answers}, for one line of a JSON Lines file: a line is an answers object or a whole
     * QuestionnaireResponse on one line, told apart the same way; malformed JSON is placed by column.
     *
     * @throws InvalidAnswersException as {@link AnswersJson#parseLine}, and as {@link #answers} for a response
     */
    public Map<String, Object> lineAnswers(String line) {
        Map<String, Object> flat = AnswersJson.parseLine(line);
        return flat.containsKey(RESOURCE_TYPE) ? response(line, flat.get(RESOURCE_TYPE)) : flat;
    }

    /**
     * The raw answers of a QuestionnaireResponse; any other document is refused.
     *
     * @throws InvalidAnswersException for malformed JSON, and for a response this questionnaire cannot read
     */
    public Map<String, Object> responseAnswers(String document) {
        Map<String, Object> flat = AnswersJson.parse(document);
        if (!flat.containsKey(RESOURCE_TYPE)) {
            throw new InvalidAnswersException(Code.INVALID_FHIR, RESOURCE_TYPE, "missing; expected a FHIR "
                    + "QuestionnaireResponse (\"resourceType\": \"QuestionnaireResponse\")");
        }
        return response(document, flat.get(RESOURCE_TYPE));
    }

    private Map<String, Object> response(String document, Object resourceType) {
        if (!RESPONSE.equals(resourceType)) {
            throw new InvalidAnswersException(Code.INVALID_FHIR, RESOURCE_TYPE, ValueEcho.of(resourceType)
                    + " is not read; expected a FHIR QuestionnaireResponse, or answers without a resourceType");
        }
        return new ResponseReader(questions, packVersion).read(AnswersJson.tree(document));
    }
}
