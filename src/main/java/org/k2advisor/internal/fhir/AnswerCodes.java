package org.k2advisor.internal.fhir;

import java.util.List;

import org.k2advisor.Choice;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;

/**
 * The codes of coded answers, in both directions: what the Questionnaire offers, what a response
 * may answer, and the canonical answer each stands for. Yes/no questions are coded, not FHIR
 * booleans, because a boolean cannot say "don't know", which every yes/no question allows; a choice
 * question's codes are its choice values, so a code is the very value an answers file holds.
 */
final class AnswerCodes {
    static final String YES = "yes";
    static final String NO = "no";

    /** One answerOption: a code of one of our CodeSystems, and the words a person picks it by. */
    record Coding(String system, String code, String display) {}

    private static final List<Choice> YES_NO_UNKNOWN = List.of(
            new Choice(YES, "yes"), new Choice(NO, "no"), new Choice(AnswerNormalizer.UNKNOWN, "don't know"));

    private AnswerCodes() {}

    /** Yes/no and choice questions have codes; number questions have numbers. */
    static boolean coded(Question question) {
        return !question.kind().numeric();
    }

    /** The id of the CodeSystem that holds the question's codes. */
    static String codeSystemId(Question question) {
        return question.kind() == Question.Kind.BOOLEAN ? FhirUrls.YES_NO_UNKNOWN_ID : FhirUrls.codeSystemId(question.id());
    }

    static String system(Question question) {
        return FhirUrls.codeSystem(codeSystemId(question));
    }

    /** The shared yes/no/unknown concepts, for the CodeSystem every yes/no question uses. */
    static List<Choice> yesNoUnknown() {
        return YES_NO_UNKNOWN;
    }

    /** What the question offers, in order. */
    static List<Coding> options(Question question) {
        List<Choice> choices = question.kind() == Question.Kind.BOOLEAN ? YES_NO_UNKNOWN : question.choices();
        String system = system(question);
        return choices.stream().map(choice -> new Coding(system, choice.value(), choice.label())).toList();
    }

    /** The coding for a canonical answer (true, false, "unknown" or a choice value), or null if it offers none. */
    static Coding of(Question question, Object canonical) {
        String code = canonical instanceof Boolean yes ? (yes ? YES : NO) : String.valueOf(canonical);
        return options(question).stream().filter(option -> option.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * The canonical answer a code stands for, or null when the question offers no such code:
     * true, false or "unknown" for a yes/no question, the choice value for a choice question.
     */
    static Object answer(Question question, String code) {
        if (of(question, code) == null) {
            return null;
        }
        if (question.kind() == Question.Kind.BOOLEAN) {
            return code.equals(YES) ? Boolean.TRUE : code.equals(NO) ? Boolean.FALSE : AnswerNormalizer.UNKNOWN;
        }
        return code;
    }
}
