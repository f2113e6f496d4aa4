package org.k2advisor.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.Advisor;
import org.k2advisor.Certainty;
import org.k2advisor.Claim;
import org.k2advisor.Indicator;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.Question;
import org.k2advisor.TestPacks;
import org.k2advisor.WhyNotExplanation;
import org.k2advisor.internal.json.ListingJson;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Each schema can fail: a real document is valid, and the same document with a required member
 * left out, an unknown member added or a value outside an enum is not. The enums are the Java
 * enums' words, so a new constant on either side shows up here.
 */
class SchemaRejectsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Advisor ADVISOR = TestPacks.builtIn();
    private static final Map<String, Object> RISK = Map.of("age", 67, "diabetes", true, "k2_foods", "rarely", "cac_score", 150);

    /** Schema, a valid document, a required member to leave out, an object to add to, a value to break. */
    static Stream<Arguments> documents() {
        Map<String, Object> warfarin = new java.util.LinkedHashMap<>(RISK);
        warfarin.put("anticoagulant", "vka");
        String report = ADVISOR.advise(RISK).toJson(true);
        return Stream.of(
                Arguments.of("report.schema.json", report, "/advice", "/advice/0/sources/0", "/advice/0/indicator"),
                Arguments.of("report.schema.json", report, "/knowledgeBase/sha256", "/trace/0", "/advice/0/certainty/level"),
                Arguments.of("answers.schema.json", "{\"sex\": \"female\", \"pregnant\": true}", "/sex", "", "/sex"),
                Arguments.of("questions.schema.json", ListingJson.write(ADVISOR.questions()), "/0/kind", "/4/choices/0",
                        "/0/kind"),
                Arguments.of("claims.schema.json", ListingJson.write(ADVISOR.claims()), "/0/design", "/0", "/0/origin"),
                Arguments.of("rules.schema.json", ListingJson.write(ADVISOR.rules()), "/0/source", "/0", "/0/line"),
                Arguments.of("why.schema.json", ADVISOR.explainWhy(RISK, "consult_professional").toJson(), "/totalFirings",
                        "/steps/0/rule", "/item/indicator"),
                Arguments.of("why-not.schema.json", ADVISOR.explainWhyNot(RISK, "kidney_evidence").toJson(),
                        "/rules/0/conditions/0/producers/0/outcome", "/rules/0/alternatives/0/changes/0",
                        "/rules/0/conditions/0/status"),
                Arguments.of("what-if.schema.json", ADVISOR.whatIf(RISK, warfarin).toJson(), "/answers/0/before", "",
                        "/added/0/certainty/level"),
                Arguments.of("error.schema.json", assertThrowsInvalid("{\"age\": 300}").toJson(), "/problems/0/field",
                        "/problems/0", "/problems/0/code"));
    }

    @ParameterizedTest(name = "{0} without {2}")
    @MethodSource("documents")
    void whenARequiredMemberIsLeftOut_thenTheDocumentIsInvalid(String schema, String json, String required, String open,
            String enumerated) throws IOException {
        JsonSchemas.assertValid(schema, json, "the document before the change");
        JsonNode document = MAPPER.readTree(json);
        JsonPointer pointer = JsonPointer.compile(required);
        assertTrue(document.at(pointer).isValueNode() || document.at(pointer).isContainerNode(), required + " is there");
        ((ObjectNode) document.at(pointer.head())).remove(pointer.last().getMatchingProperty());

        assertRejected(schema, document, pointer.last().getMatchingProperty());
    }

    @ParameterizedTest(name = "{0} with an unknown member in {3}")
    @MethodSource("documents")
    void whenAnUnknownMemberIsAdded_thenTheDocumentIsInvalid(String schema, String json, String required, String open,
            String enumerated) throws IOException {
        JsonNode document = MAPPER.readTree(json);
        ((ObjectNode) document.at(open)).put("shoe_size", 42);

        assertRejected(schema, document, "shoe_size");
    }

    @ParameterizedTest(name = "{0} with {4} outside its values")
    @MethodSource("documents")
    void whenAValueIsOutsideItsEnum_thenTheDocumentIsInvalid(String schema, String json, String required, String open,
            String enumerated) throws IOException {
        JsonNode document = MAPPER.readTree(json);
        JsonPointer pointer = JsonPointer.compile(enumerated);
        // "urgent" is no indicator, level, kind, origin, outcome, status or code; a line is a number.
        ((ObjectNode) document.at(pointer.head())).set(pointer.last().getMatchingProperty(), new TextNode("urgent"));

        assertRejected(schema, document, enumerated);
    }

    @Test
    void whenTheSchemasListAnEnum_thenItHoldsExactlyTheWordsOfTheJavaEnum() throws IOException {
        assertEquals(words(Indicator.values(), Indicator::label), enumAt("report.schema.json", "/$defs/indicator"));
        assertEquals(words(Certainty.Level.values(), Certainty.Level::label),
                enumAt("report.schema.json", "/$defs/certainty/properties/level"));
        assertEquals(words(Question.Kind.values(), Question.Kind::label),
                enumAt("questions.schema.json", "/$defs/question/properties/kind"));
        assertEquals(new TreeSet<>(Claim.DESIGNS), enumAt("claims.schema.json", "/$defs/claim/properties/design"));
        assertEquals(words(InvalidAnswersException.Code.values(), InvalidAnswersException.Code::id),
                enumAt("error.schema.json", "/$defs/code"));
        assertEquals(words(WhyNotExplanation.Outcome.values(), o -> o.name().toLowerCase(java.util.Locale.ROOT)),
                enumAt("why-not.schema.json", "/$defs/ruleVerdict/properties/outcome"));
        assertEquals(words(WhyNotExplanation.Status.values(), s -> s.name().toLowerCase(java.util.Locale.ROOT)),
                enumAt("why-not.schema.json", "/$defs/conditionVerdict/properties/status"));
    }

    @Test
    void whenTheClaimsAreListed_thenEachOriginIsOneTheSchemaNames() throws IOException {
        // Origin is not checked when the seeds are read; the schema's two words are the documented ones.
        Set<String> origins = new TreeSet<>();
        ADVISOR.claims().forEach(claim -> origins.add(claim.origin()));

        assertEquals(enumAt("claims.schema.json", "/$defs/claim/properties/origin"), origins);
    }

    private static void assertRejected(String schema, JsonNode document, String about) throws IOException {
        List<String> errors = JsonSchemas.errors(schema, MAPPER.writeValueAsString(document));

        assertFalse(errors.isEmpty(), schema + " accepts it");
        String name = about.substring(about.lastIndexOf('/') + 1);
        assertTrue(errors.stream().anyMatch(error -> error.contains(name)), "an error names " + name + ": " + errors);
    }

    private static <E> Set<String> words(E[] values, java.util.function.Function<E, String> word) {
        Set<String> words = new TreeSet<>();
        Arrays.stream(values).map(word).forEach(words::add);
        return words;
    }

    private static Set<String> enumAt(String schema, String pointer) throws IOException {
        JsonNode node = MAPPER.readTree(JsonSchemas.directory().resolve(schema).toFile()).at(pointer + "/enum");
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        assertEquals(values.size(), new TreeSet<>(values).size(), pointer + " lists each value once");
        return new TreeSet<>(values);
    }

    private static InvalidAnswersException assertThrowsInvalid(String answers) {
        try {
            ADVISOR.adviseJson(answers);
        } catch (InvalidAnswersException e) {
            return e;
        }
        throw new AssertionError(answers + " was accepted");
    }
}
