package org.k2advisor;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.k2advisor.InvalidAnswersException.Code;

/**
 * The hand-written QuestionnaireResponses of src/test/resources/fhir/: good ones beside the answers
 * file each must advise like, and bad ones, each with the one problem it must give. The API, the
 * command line and HAPI's validator are tested against the same files.
 */
public final class FhirSamples {
    public static final Path DIR = Path.of("src/test/resources/fhir");
    /** The README's example, with its answers-file twin. */
    public static final Path EXAMPLE = Path.of("examples/fhir/warfarin.questionnaire-response.json");
    public static final Path EXAMPLE_ANSWERS = Path.of("examples/answers/warfarin.json");
    private static final String YES_NO = " a valueCoding of https://k2advisor.org/fhir/CodeSystem/k2-advisor-yes-no-unknown with code "
            + "yes, no or unknown";
    private static final String AGE = " a valueInteger from 0 to 130 (for \"don't know\": no answer, and the item's "
            + "data-absent-reason asked-unknown)";

    /**
     * A response the advisor refuses, and the problem it gives.
     *
     * @param hapiRejects whether FHIR itself calls it invalid; where not, the advisor is stricter by
     *     choice: a response to another questionnaire, one abandoned, a reason for no answer it cannot use
     */
    public record Bad(String name, Code code, String field, String message, boolean hapiRejects) {
        public Path file() {
            return DIR.resolve("bad").resolve(name + ".json");
        }

        /** The line the command line prints. */
        public String line() {
            return "k2advisor: " + field + ": " + message;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private FhirSamples() {}

    /** The names of the good responses: NAME.questionnaire-response.json beside NAME.answers.json. */
    public static List<String> good() {
        return List.of("form-filler", "unsure-in-progress", "nothing-answered");
    }

    public static Path response(String name) {
        return DIR.resolve("responses").resolve(name + ".questionnaire-response.json");
    }

    public static Path answers(String name) {
        return DIR.resolve("responses").resolve(name + ".answers.json");
    }

    public static Stream<Bad> bad() {
        return Stream.of(
                new Bad("unknown-link-id", Code.UNKNOWN_ID, "diabetis",
                        "no question of the questionnaire has this linkId (did you mean \"diabetes\"?)", true),
                new Bad("wrong-value-type", Code.WRONG_TYPE, "age", "valueString is not allowed here; expected" + AGE, true),
                new Bad("boolean-for-yes-no", Code.WRONG_TYPE, "diabetes", "valueBoolean is not allowed here; expected" + YES_NO, true),
                new Bad("out-of-range", Code.OUT_OF_RANGE, "age", "valueInteger 131 is out of range; expected" + AGE, true),
                new Bad("unknown-code", Code.WRONG_TYPE, "goal",
                        "valueCoding code \"cure\" is not one of this question's; expected reverse, slow, prevent or learn", true),
                new Bad("code-of-another-question", Code.WRONG_TYPE, "k2_foods", "valueCoding system "
                        + "\"...sor.org/fhir/CodeSystem/k2-advisor-natto\" is not this question's; expected a valueCoding of "
                        + "https://k2advisor.org/fhir/CodeSystem/k2-advisor-k2-foods with code rarely, sometimes or often", true),
                new Bad("two-answers", Code.INVALID_FHIR, "age", "the item has 2 answers; the question takes one (it does not repeat)", true),
                new Bad("item-twice", Code.INVALID_FHIR, "age", "the item is given twice; give each question once", true),
                new Bad("nested-group", Code.INVALID_FHIR, "about-you", "the item holds nested items; this questionnaire has no "
                        + "groups, so each question is an item of its own at the top level", true),
                new Bad("gate-says-no", Code.NOT_APPLICABLE, "dialysis", "the item is not enabled, so it takes no answer: it "
                        + "applies only when kidney_disease is yes (it is no)", true),
                new Bad("gate-not-answered", Code.NOT_APPLICABLE, "cac_score", "the item is not enabled, so it takes no answer: it "
                        + "applies only when cac_scan is yes (it is not answered)", true),
                new Bad("malformed", Code.MALFORMED_JSON, "answers",
                        "malformed JSON at line 6, column 1: this } does not close anything that is open here", true),
                new Bad("other-questionnaire", Code.INVALID_FHIR, "questionnaire", "\"...p://example.org/fhir/Questionnaire/phq-9\" "
                        + "is not this advisor's questionnaire; expected https://k2advisor.org/fhir/Questionnaire/k2-advisor|2.0.0", false),
                new Bad("other-major-version", Code.INVALID_FHIR, "questionnaire", "version \"1.4.0\" of the questionnaire is not "
                        + "read by this advisor, which reads version 2.x (its pack is 2.0.0)", false),
                new Bad("no-questionnaire", Code.INVALID_FHIR, "questionnaire", "missing; a response must name the questionnaire it "
                        + "answers, https://k2advisor.org/fhir/Questionnaire/k2-advisor|2.0.0", false),
                new Bad("stopped", Code.INVALID_FHIR, "status", "\"stopped\" is not read: the answers of a stopped or "
                        + "entered-in-error response do not stand; expected completed, amended or in-progress", false),
                new Bad("not-a-response", Code.INVALID_FHIR, "resourceType", "\"Patient\" is not read; expected a FHIR "
                        + "QuestionnaireResponse, or answers without a resourceType", false),
                new Bad("declined-to-answer", Code.WRONG_TYPE, "age", "the data-absent-reason \"asked-declined\" is not read; for "
                        + "\"don't know\" give asked-unknown, or leave the item out when it was not answered", false),
                new Bad("answer-without-value", Code.WRONG_TYPE, "age", "the answer has no value; expected" + AGE, false));
    }
}
