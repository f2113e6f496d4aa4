package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.InvalidAnswersException.Problem;

/**
 * QuestionnaireResponses through the API: read to the answers an answers file gives, advised alike,
 * written back from answers without loss, and refused with one problem naming the linkId when bad.
 */
class FhirAnswersApiTest {
    private static final Advisor ADVISOR = TestPacks.builtIn();

    static List<String> good() {
        return FhirSamples.good();
    }

    @ParameterizedTest
    @MethodSource("good")
    void whenASampleResponseIsRead_thenItGivesTheAnswersOfItsAnswersFile(String name) {
        // Given a hand-written response and the answers file that says the same
        String response = TestPacks.read(FhirSamples.response(name));
        String answers = TestPacks.read(FhirSamples.answers(name));

        // Then both read to the same canonical answers, and advise to the same report
        assertEquals(ADVISOR.adviseJson(answers).answers(), ADVISOR.answersFromFhir(response));
        assertEquals(ADVISOR.adviseJson(answers).toJson(true), ADVISOR.adviseJson(response).toJson(true));
    }

    @Test
    void whenTheReadmeExampleIsAdvised_thenItMatchesTheAnswersFileItStandsFor() {
        String response = TestPacks.read(FhirSamples.EXAMPLE);
        assertEquals(ADVISOR.adviseJson(TestPacks.read(FhirSamples.EXAMPLE_ANSWERS)).toJson(true),
                ADVISOR.adviseJson(response).toJson(true));
    }

    @Test
    void whenThousandsOfProfilesAreWrittenAsResponses_thenEachReadsBackToTheSameAnswers() {
        ProfileGenerator profiles = new ProfileGenerator(20261126L, ADVISOR.questions());
        for (int i = 0; i < 3000; i++) {
            Map<String, Object> answers = ADVISOR.validate(profiles.next());
            assertEquals(answers, ADVISOR.answersFromFhir(ADVISOR.answersAsFhir(answers)), () -> answers.toString());
        }
    }

    @Test
    void whenAnswersAreWritten_thenTheSameAnswersGiveTheSameBytes() {
        Map<String, Object> answers = Map.of("age", 64, "cac_score", 99.9, "k2_supplement", true, "k2_dose_mcg", "unknown", "goal", "slow");
        assertEquals(ADVISOR.answersAsFhir(answers), ADVISOR.answersAsFhir(Map.copyOf(answers)));
    }

    static Stream<FhirSamples.Bad> bad() {
        return FhirSamples.bad();
    }

    @ParameterizedTest
    @MethodSource("bad")
    void whenABadResponseIsRead_thenOneProblemNamesTheItem(FhirSamples.Bad bad) {
        String response = TestPacks.read(bad.file());

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> ADVISOR.answersFromFhir(response));

        assertEquals(List.of(new Problem(bad.code(), bad.field(), bad.message())), e.problems());
        // And advising from it fails the same way, as every front end that takes answers documents does
        assertEquals(e.problems(), assertThrows(InvalidAnswersException.class, () -> ADVISOR.adviseJson(response)).problems());
    }

    @Test
    void whenAnAnswersFileIsGivenAsAResponse_thenItIsRefusedForWantOfAResourceType() {
        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> ADVISOR.answersFromFhir("{\"age\": 64}"));
        assertEquals("resourceType", e.field());
        assertEquals(InvalidAnswersException.Code.INVALID_FHIR, e.code());
    }
}
