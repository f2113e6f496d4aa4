package org.k2advisor.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.Advisor;
import org.k2advisor.InvalidAnswersException;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.Question;
import org.k2advisor.Report;
import org.k2advisor.TestPacks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * answers.schema.json is written by hand, so it is held to the built-in questionnaire by what the
 * advisor does: a document is valid exactly when the advisor accepts it and every value is in the
 * canonical form the report echoes (or is a JSON boolean the questionnaire keeps as an alias, as
 * pack 1's anticoagulant true and false). The values tried come from both sides, the questionnaire
 * and the schema, so a choice, bound, kind, "unknown" or alias that either one adds or drops shows
 * up as a disagreement. The lenient forms ("yes", "64", "Female") are accepted by the advisor and
 * are not valid: the schema describes what a program should write.
 */
class AnswersSchemaTest {
    private static final String ANSWERS = "answers.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Advisor ADVISOR = TestPacks.builtIn().withoutTrace();
    private static final List<Question> QUESTIONS = ADVISOR.questions();
    /** Values any question is tried with; most are wrong for most questions, which is the point. */
    private static final List<Object> ANY = List.of(true, false, "unknown", "Unknown", "yes", "no", "don't know", "",
            "something", 0, 1, -1, 0.5, 64, "64", 1e9, List.of(), Map.of());

    static List<String> ids() {
        return QUESTIONS.stream().map(Question::id).toList();
    }

    @Test
    void whenTheSchemaIsRead_thenItListsExactlyTheQuestionIdsInOrderAndAllowsNoOthers() throws IOException {
        JsonNode schema = schema();

        assertEquals(ids(), iterate(schema.get("properties").fieldNames()));
        assertEquals(false, schema.get("additionalProperties").asBoolean(true));
        assertEquals(List.of(), iterate(schema.path("required").elements()), "no question must be answered");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void whenAQuestionIsAnsweredWithEachCandidateValue_thenTheSchemaAcceptsExactlyTheCanonicalOnesTheAdvisorTakes(String id)
            throws IOException {
        Question question = question(id);
        int accepted = 0;

        for (Object value : candidates(question)) {
            Map<String, Object> answers = new LinkedHashMap<>(openingGates(question));
            answers.put(id, value);
            accepted += assertSameVerdict(answers) ? 1 : 0;
        }

        assertTrue(accepted > 0, id + ": some value must be valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gated")
    void whenAGatedQuestionIsAnsweredWithEachValueOfItsGate_thenSchemaAndAdvisorAgree(String id) throws IOException {
        Question question = question(id);
        Object answer = null;
        for (Object value : candidates(question)) {
            Map<String, Object> opened = new LinkedHashMap<>(openingGates(question));
            opened.put(id, value);
            if (answer == null && accepts(opened)) {
                answer = value;
            }
        }

        assertSameVerdict(Map.of(id, answer));
        for (String gate : question.when().keySet()) {
            for (Object gateValue : candidates(question(gate))) {
                Map<String, Object> answers = new LinkedHashMap<>();
                answers.put(gate, gateValue);
                answers.put(id, answer);
                assertSameVerdict(answers);
            }
        }
    }

    static List<String> gated() {
        return QUESTIONS.stream().filter(q -> !q.when().isEmpty()).map(Question::id).toList();
    }

    @Test
    void whenRandomDocumentsMixRightAndWrongAnswers_thenSchemaAndAdvisorAgreeOnEveryOne() throws IOException {
        Random random = new Random(11L);
        Map<String, List<Object>> good = new LinkedHashMap<>();
        for (Question question : QUESTIONS) {
            List<Object> values = new ArrayList<>();
            for (Object value : candidates(question)) {
                Map<String, Object> opened = new LinkedHashMap<>(openingGates(question));
                opened.put(question.id(), value);
                if (accepts(opened)) {
                    values.add(value);
                }
            }
            good.put(question.id(), values);
        }
        int valid = 0;
        int documents = 3000;

        for (int i = 0; i < documents; i++) {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Question question : QUESTIONS) {
                if (random.nextInt(3) == 0) {
                    // Mostly values good on their own, so that combinations, gates above all, decide.
                    List<Object> values = random.nextInt(10) == 0 ? candidates(question) : good.get(question.id());
                    answers.put(question.id(), values.get(random.nextInt(values.size())));
                    // Often with the answers that open it, as "no" and "don't know" imply no gate.
                    if (random.nextBoolean()) {
                        openingGates(question).forEach(answers::putIfAbsent);
                    }
                }
            }
            if (random.nextInt(20) == 0) {
                answers.put("shoe_size", 42);
            }
            valid += assertSameVerdict(answers) ? 1 : 0;
        }

        assertTrue(valid > documents / 5, "only " + valid + " of " + documents + " were valid: the mix tests too little");
    }

    @Test
    void whenGeneratedProfilesAreChecked_thenEveryOneIsValid() throws IOException {
        ProfileGenerator profiles = new ProfileGenerator(5L, QUESTIONS);

        for (int i = 0; i < 2000; i++) {
            Map<String, Object> answers = profiles.next();
            JsonSchemas.assertValid(ANSWERS, MAPPER.writeValueAsString(answers), "profile " + i);
        }
    }

    @Test
    void whenAnInterviewSavesItsAnswers_thenTheFileIsValid(@TempDir Path dir) throws IOException {
        // Every question asked: yes to each yes/no question (but the emergency one), so each gate opens.
        Map<String, Object> given = new LinkedHashMap<>();
        StringBuilder typed = new StringBuilder();
        for (Question question : QUESTIONS) {
            if (question.appliesTo(given)) {
                Object answer = switch (question.kind()) {
                    case BOOLEAN -> !question.id().equals("urgent_symptoms");
                    case INTEGER -> 67L;
                    case NUMBER -> 90.5;
                    case CHOICE -> question.choiceValues().get(0);
                };
                given.put(question.id(), answer);
                typed.append(answer instanceof Boolean b ? (b ? "yes" : "no") : answer).append('\n');
            }
        }
        Path saved = dir.resolve("answers.json");

        CommandLine.Run ask = CommandLine.withInput(typed + "\nquit\n", List.of("ask", "--save", saved.toString()));

        assertEquals(0, ask.exit(), ask.err());
        assertEquals(QUESTIONS.size(), given.size(), "every question was asked");
        JsonSchemas.assertValid(ANSWERS, Files.readString(saved), "the saved answers");
        assertEquals(MAPPER.readTree(MAPPER.writeValueAsString(given)), MAPPER.readTree(saved.toFile()));
    }

    @Test
    void whenAnswersUseTheLenientForms_thenTheAdvisorTakesThemButTheSchemaDoesNot() throws IOException {
        String lenient = "{\"diabetes\": \"yes\", \"age\": \"64\", \"sex\": \"Female\", \"smoking\": \"don't know\"}";

        Report report = ADVISOR.adviseJson(lenient);

        assertEquals(Map.of("diabetes", true, "age", 64L, "sex", "female", "smoking", "unknown"), report.answers());
        assertEquals(Set.of("/diabetes", "/age", "/sex", "/smoking"), JsonSchemas.errors(ANSWERS, lenient).stream()
                .map(error -> error.substring(0, error.indexOf(':'))).collect(java.util.stream.Collectors.toSet()));
        JsonSchemas.assertValid(ANSWERS, MAPPER.writeValueAsString(report.answers()), "the canonical answers");
    }

    /** Asserts the schema's verdict is the advisor's, and returns it. */
    private static boolean assertSameVerdict(Map<String, Object> answers) throws JsonProcessingException {
        String json = MAPPER.writeValueAsString(answers);
        boolean advisor = accepts(answers);
        List<String> errors = JsonSchemas.errors(ANSWERS, json);
        assertEquals(advisor, errors.isEmpty(), () -> json + (advisor ? " is taken by the advisor, but the schema says "
                + errors : " is refused by the advisor or not canonical, but the schema accepts it"));
        return advisor;
    }

    /**
     * Whether the advisor accepts the document as JSON (the way --answers reads it) and echoes each
     * value as given: a JSON boolean may stand for a choice the questionnaire aliases it to.
     */
    private static boolean accepts(Map<String, Object> answers) {
        Report report;
        try {
            report = ADVISOR.adviseJson(MAPPER.writeValueAsString(answers));
        } catch (InvalidAnswersException e) {
            return false;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return answers.entrySet().stream().allMatch(a -> canonical(a.getKey(), a.getValue(), report.answers().get(a.getKey())));
    }

    private static boolean canonical(String id, Object given, Object echoed) {
        if (given instanceof Number g && echoed instanceof Number e) {
            return new BigDecimal(g.toString()).compareTo(new BigDecimal(e.toString())) == 0;
        }
        return given.equals(echoed) || given instanceof Boolean b && Aliases.of(id).containsKey(b.toString());
    }

    /** The values to try: the usual suspects, the questionnaire's choices, aliases and bounds, and the schema's. */
    private static List<Object> candidates(Question question) throws IOException {
        Set<Object> values = new LinkedHashSet<>(ANY);
        for (String choice : question.choiceValues()) {
            values.add(choice);
            values.add(choice.toUpperCase(java.util.Locale.ROOT));
        }
        for (String alias : Aliases.of(question.id()).keySet()) {
            values.add(alias);
            if (alias.equals("true") || alias.equals("false")) {
                values.add(Boolean.valueOf(alias));
            }
        }
        bounds(values, question.min());
        bounds(values, question.max());
        collect(schema().get("properties").get(question.id()), values);
        return new ArrayList<>(values);
    }

    /** A bound and the numbers just beside it, whole and not. */
    private static void bounds(Set<Object> values, Number bound) {
        if (bound != null) {
            BigDecimal b = new BigDecimal(bound.toString());
            for (String delta : List.of("0", "1", "-1", "0.5", "-0.5")) {
                BigDecimal v = b.add(new BigDecimal(delta));
                values.add(v.stripTrailingZeros().scale() <= 0 ? (Object) v.longValueExact() : v.doubleValue());
            }
        }
    }

    /** Every value the schema names for a property: enum and const values, bounds, through local refs and anyOf. */
    private static void collect(JsonNode node, Set<Object> values) throws IOException {
        if (node == null || !node.isObject()) {
            return;
        }
        for (JsonNode value : node.path("enum")) {
            values.add(MAPPER.treeToValue(value, Object.class));
        }
        if (node.has("const")) {
            values.add(MAPPER.treeToValue(node.get("const"), Object.class));
        }
        for (String bound : List.of("minimum", "maximum")) {
            if (node.has(bound)) {
                bounds(values, node.get(bound).decimalValue());
            }
        }
        if (node.has("$ref")) {
            collect(schema().at(node.get("$ref").asText().substring(1)), values);
        }
        for (JsonNode branch : node.path("anyOf")) {
            collect(branch, values);
        }
    }

    /** Each gate answered with the first value that opens the question, so a question is tried where it applies. */
    private static Map<String, Object> openingGates(Question question) {
        Map<String, Object> gates = new LinkedHashMap<>();
        question.when().forEach((gate, values) -> gates.put(gate, values.get(0)));
        return gates;
    }

    private static Question question(String id) {
        return QUESTIONS.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode schema() throws IOException {
        return MAPPER.readTree(JsonSchemas.directory().resolve(ANSWERS).toFile());
    }

    private static <T> List<T> iterate(java.util.Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }

    /** The questionnaire's aliases, read from rules/questionnaire.json: the API does not expose them. */
    private static final class Aliases {
        private static Map<String, Map<String, String>> all;

        static synchronized Map<String, String> of(String id) {
            if (all == null) {
                all = new LinkedHashMap<>();
                try {
                    for (JsonNode question : MAPPER.readTree(TestPacks.RULES_DIR.resolve("questionnaire.json").toFile())
                            .get("questions")) {
                        Map<String, String> aliases = new LinkedHashMap<>();
                        question.path("aliases").fields().forEachRemaining(a -> aliases.put(a.getKey(), a.getValue().asText()));
                        all.put(question.get("id").asText(), aliases);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return all.getOrDefault(id, Map.of());
        }
    }
}
