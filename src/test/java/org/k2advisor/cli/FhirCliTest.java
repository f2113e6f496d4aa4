package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.FhirSamples;
import org.k2advisor.FixturePacks;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * FHIR on the command line: `questions --format fhir` prints the API's Questionnaire for whichever
 * pack it reads, every command that reads answers takes a QuestionnaireResponse as it takes an
 * answers file (a file or standard input), and a bad one is one line naming the item, exit 2.
 */
class FhirCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void whenQuestionsAreListedAsFhir_thenTheApisQuestionnaireAndCodeSystemsArePrinted() {
        CliRun questionnaire = CliRun.of("questions", "--format", "fhir");
        CliRun codes = CliRun.of("questions", "--format", "fhir-codes");

        assertEquals(new CliRun(0, TestPacks.builtIn().questionnaireAsFhir(), ""), questionnaire);
        assertEquals(new CliRun(0, TestPacks.builtIn().answerCodesAsFhir(), ""), codes);
    }

    @Test
    void whenAnotherPackIsListedAsFhir_thenItsOwnQuestionsAreTheItems() throws Exception {
        // Given a pack of three questions of its own: age 18-99, a K2 supplement, goal learn or prevent
        Path pack = FixturePacks.get("three-questions");

        // When
        JsonNode questionnaire = JSON.readTree(CliRun.of("questions", "--format", "fhir", "--rules", pack.toString()).out());

        // Then the items are that pack's, bounds and choices included
        List<String> linkIds = new ArrayList<>();
        questionnaire.path("item").forEach(item -> linkIds.add(item.path("linkId").asText()));
        assertEquals(List.of("disclaimer", "age", "k2_supplement", "goal"), linkIds);
        assertEquals(18, questionnaire.path("item").get(1).path("extension").get(0).path("valueInteger").asInt());
        assertEquals(99, questionnaire.path("item").get(1).path("extension").get(1).path("valueInteger").asInt());
        assertEquals(2, questionnaire.path("item").get(3).path("answerOption").size());
    }

    static List<String> good() {
        return FhirSamples.good();
    }

    @ParameterizedTest
    @MethodSource("good")
    void whenAdvisedFromAResponse_thenTheReportIsThatOfItsAnswersFile(String name) {
        String response = FhirSamples.response(name).toString();
        String answers = FhirSamples.answers(name).toString();

        for (String format : List.of("text", "json")) {
            CliRun fromResponse = CliRun.of("advise", "--answers", response, "--format", format);
            assertEquals(CliRun.of("advise", "--answers", answers, "--format", format), fromResponse);
            assertEquals(0, fromResponse.exit(), fromResponse.err());
        }
    }

    @Test
    void whenAResponseComesOnStandardInput_thenItIsReadAsFromAFile() {
        CliRun piped = CliRun.withInput(TestPacks.read(FhirSamples.EXAMPLE), "advise", "--answers", "-");

        assertEquals(CliRun.of("advise", "--answers", FhirSamples.EXAMPLE_ANSWERS.toString()), piped);
    }

    @Test
    void whenEveryOtherCommandThatReadsAnswersIsGivenAResponse_thenItReadsTheSameAnswers() {
        String response = FhirSamples.EXAMPLE.toString();
        String answers = FhirSamples.EXAMPLE_ANSWERS.toString();
        List<List<String>> commands = List.of(
                List.of("explain", "why", "anticoagulant_interaction"),
                List.of("explain", "why-not", "food_sources"),
                List.of("what-if", "--set", "natto=never"),
                List.of("teach"));
        for (List<String> command : commands) {
            CliRun fromResponse = run(command, response);
            // what-if names the file it compared, which wraps its lines differently; nothing else may differ
            assertEquals(run(command, answers).flat().replace(answers, "FILE"), fromResponse.flat().replace(response, "FILE"),
                    command.toString());
            assertEquals(0, fromResponse.exit(), command + ": " + fromResponse.err());
        }
        // ask resumes from it: the six answers of the file, so only the rest is asked
        CliRun ask = CliRun.withInput(CliRun.lines("quit"), "ask", "--answers", response);
        assertEquals(CliRun.withInput(CliRun.lines("quit"), "ask", "--answers", answers).flat().replace(answers, "FILE"),
                ask.flat().replace(response, "FILE"));
        assertTrue(ask.flat().contains("Using 6 answers from FILE".replace("FILE", response)), ask.out());
    }

    private static CliRun run(List<String> command, String answersFile) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--answers", answersFile));
        // teach reads its keys from standard input: step to the end
        return CliRun.withInput("q\n", args.toArray(String[]::new));
    }

    static Stream<FhirSamples.Bad> bad() {
        return FhirSamples.bad();
    }

    @ParameterizedTest
    @MethodSource("bad")
    void whenABadResponseIsAdvised_thenOneLineNamesTheItemAndTheExitIsTwo(FhirSamples.Bad bad) {
        CliRun run = CliRun.of("advise", "--answers", bad.file().toString());

        assertEquals(new CliRun(2, "", bad.line() + "\n"), run);
        assertTrue(run.err().length() <= BadInputTest.MAX_LINE + 1, run.err());
    }
}
