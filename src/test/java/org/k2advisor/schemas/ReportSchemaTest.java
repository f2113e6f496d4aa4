package org.k2advisor.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.Advisor;
import org.k2advisor.FixturePacks;
import org.k2advisor.PackOptions;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** Every report the tests can make is valid against report.schema.json, with and without its trace. */
class ReportSchemaTest {
    private static final String REPORT = "report.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("examples/answers");
    private static final int PROFILES = 2000;

    static List<String> scenarios() {
        return TestPacks.scenarioNames();
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void whenAGoldenScenarioIsAdvised_thenItsReportIsValidWithAndWithoutTrace(String name) throws IOException {
        Report report = TestPacks.builtIn().adviseJson(TestPacks.scenarioAnswers(name));

        assertValidReport(report, name);
    }

    @Test
    void whenGeneratedProfilesAreAdvised_thenEveryReportIsValidWithAndWithoutTrace() throws IOException {
        Advisor advisor = TestPacks.builtIn();
        ProfileGenerator profiles = new ProfileGenerator(9L, advisor.questions());

        for (int i = 0; i < PROFILES; i++) {
            Map<String, Object> answers = profiles.next();
            assertValidReport(advisor.advise(answers), "profile " + i + " " + answers);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void whenAnExampleIsAdvisedOnTheCommandLine_thenTheExampleAndItsReportAreValid(Path example) throws IOException {
        JsonSchemas.assertValid("answers.schema.json", Files.readString(example), example.toString());

        for (List<String> options : List.of(List.<String>of(), List.of("--trace"))) {
            List<String> args = new java.util.ArrayList<>(List.of("advise", "--answers", example.toString(), "--format", "json"));
            args.addAll(options);
            CommandLine.Run run = CommandLine.run(args);

            assertEquals(0, run.exit(), run.err());
            JsonSchemas.assertValid(REPORT, run.out(), example + " " + options);
            assertEquals(!options.isEmpty(), MAPPER.readTree(run.out()).has("trace"), "trace only with --trace");
        }
    }

    @Test
    void whenAPackThatFailsItsSafetyChecksIsLoadedAnyway_thenItsReportWithWarningsIsValid() throws IOException {
        Advisor unsafe = Advisor.fromDirectory(FixturePacks.get("unsafe-text"), PackOptions.allowUnsafeText());

        Report report = unsafe.advise(Map.of("age", 50, "goal", "slow"));

        assertFalse(report.warnings().isEmpty());
        assertValidReport(report, "unsafe-text pack");
    }

    @Test
    void whenAReportHasNoWarnings_thenAnEmptyWarningsArrayWouldBeInvalid() throws IOException {
        // The writer leaves "warnings" out rather than writing it empty; the schema holds it to that.
        String json = TestPacks.builtIn().advise(Map.of("age", 50)).toJson(false).replaceFirst("\\{", "{\"warnings\": [],");

        assertFalse(JsonSchemas.errors(REPORT, json).isEmpty());
    }

    @Test
    void whenTheReadmeSnippetValidatesAReport_thenItFindsNoErrorsAndWouldFindOne() {
        Report report = TestPacks.builtIn().advise(Map.of("age", 67, "diabetes", true, "goal", "reverse"));

        // The README's snippet, as written there.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaLoader(loader -> loader.schemaIdResolvers(ids -> ids.mapPrefix(
                        "https://k2advisor.org/schemas/1.0/", "classpath:schemas/1.0/"))));
        Schema schema = registry.getSchema(SchemaLocation.of("https://k2advisor.org/schemas/1.0/report.schema.json"));
        List<Error> errors = schema.validate(report.toJson(true), InputFormat.JSON);

        assertEquals(List.of(), errors);
        assertFalse(schema.validate(report.toJson(true).replace("\"warning\"", "\"alarm\""), InputFormat.JSON).isEmpty());
    }

    /** Valid both ways, and "trace" is there exactly when asked for. */
    static void assertValidReport(Report report, String what) throws IOException {
        String withTrace = report.toJson(true);
        String withoutTrace = report.toJson(false);
        JsonSchemas.assertValid(REPORT, withTrace, what + " with trace");
        JsonSchemas.assertValid(REPORT, withoutTrace, what + " without trace");
        JsonNode traced = MAPPER.readTree(withTrace);
        assertTrue(traced.has("trace"), what);
        assertFalse(MAPPER.readTree(withoutTrace).has("trace"), what);
        assertEquals(!report.warnings().isEmpty(), traced.has("warnings"), what + ": warnings only when there are some");
    }
}
