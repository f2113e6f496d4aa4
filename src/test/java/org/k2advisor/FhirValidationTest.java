package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real FHIR tool judges the advisor's FHIR: HAPI FHIR's validator, offline, checks the
 * Questionnaire and its CodeSystems, and QuestionnaireResponses against the Questionnaire (item
 * types, answer options, bounds, enableWhen). Every response HAPI accepts here advises as the
 * answers it stands for; every bad one the advisor refuses, HAPI refuses too unless the advisor is
 * stricter by choice ({@link FhirSamples.Bad#hapiRejects()}).
 */
class FhirValidationTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();

    @Test
    void whenTheQuestionnaireIsValidated_thenHapiHasNothingToSay() {
        // Not even a warning: the narrative is there for dom-6, the names are computable, the codes known
        assertEquals(List.of(), HapiFhir.builtIn().messages(ADVISOR.questionnaireAsFhir()));
    }

    @Test
    void whenTheCodeSystemsAreValidated_thenHapiHasNothingToSay() {
        assertEquals(List.of(), HapiFhir.builtIn().messages(ADVISOR.answerCodesAsFhir()));
    }

    @Test
    void whenTheQuestionnaireIsBroken_thenHapiSaysSo() {
        // Given our Questionnaire with an item type FHIR does not have: the validator is really looking
        String broken = ADVISOR.questionnaireAsFhir().replace("\"type\": \"decimal\"", "\"type\": \"float\"");

        assertFalse(HapiFhir.builtIn().errors(broken).isEmpty());
    }

    static List<String> good() {
        return FhirSamples.good();
    }

    @ParameterizedTest
    @MethodSource("good")
    void whenASampleResponseIsValidated_thenHapiFindsNoError(String name) {
        String response = TestPacks.read(FhirSamples.response(name));

        // Hand-written responses carry no narrative, which FHIR recommends (dom-6) but does not require
        assertEquals(List.of(), HapiFhir.builtIn().errors(response));
        // And the advisor reads it as its answers file (FhirAnswersApiTest compares the reports)
        assertEquals(ADVISOR.adviseJson(TestPacks.read(FhirSamples.answers(name))).answers(), ADVISOR.answersFromFhir(response));
    }

    @Test
    void whenTheReadmeExampleIsValidated_thenHapiFindsNoError() {
        assertEquals(List.of(), HapiFhir.builtIn().errors(TestPacks.read(FhirSamples.EXAMPLE)));
    }

    @Test
    void whenProfilesAreWrittenAsResponses_thenHapiHasNothingToSayAndTheyAdviseAsTheAnswersDo() {
        // Given profiles drawn from the questionnaire, with unknowns, gates and thresholds
        ProfileGenerator profiles = new ProfileGenerator(20261127L, ADVISOR.questions());
        for (int i = 0; i < 60; i++) {
            Map<String, Object> answers = profiles.next();

            // When they are written as a response
            String response = ADVISOR.answersAsFhir(answers);

            // Then HAPI accepts it without a remark, and it gives the same report as the answers
            assertEquals(List.of(), HapiFhir.builtIn().messages(response), response);
            assertEquals(ADVISOR.advise(answers).toJson(true), ADVISOR.adviseJson(response).toJson(true));
        }
    }

    static Stream<FhirSamples.Bad> rejectedByFhirToo() {
        return FhirSamples.bad().filter(FhirSamples.Bad::hapiRejects);
    }

    @ParameterizedTest
    @MethodSource("rejectedByFhirToo")
    void whenAResponseTheAdvisorRefusesIsValidated_thenHapiFindsAnErrorToo(FhirSamples.Bad bad) {
        List<String> errors = HapiFhir.builtIn().errors(TestPacks.read(bad.file()));

        assertFalse(errors.isEmpty(), bad.name());
    }

    @Test
    void whenOnlyTheAdvisorRefusesAResponse_thenItIsStricterByChoiceNotByMistake() {
        // Each of these is valid FHIR: the advisor refuses it on purpose, and FhirSamples says why
        for (FhirSamples.Bad bad : FhirSamples.bad().filter(bad -> !bad.hapiRejects()).toList()) {
            List<String> errors = HapiFhir.builtIn().errors(TestPacks.read(bad.file()));
            assertTrue(errors.isEmpty(), bad.name() + ": " + errors);
        }
    }
}
