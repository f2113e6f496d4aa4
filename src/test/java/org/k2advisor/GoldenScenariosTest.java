package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The backbone: each answers file must give exactly its expected advice, item by item, in order. */
class GoldenScenariosTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final boolean REGENERATE = Boolean.getBoolean("k2advisor.regenerate");

    static List<String> scenarios() {
        return TestPacks.scenarioNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void whenScenarioIsAdvised_thenAdviceIdsAndIndicatorsMatchExpected(String name) throws IOException {
        // Given
        String answers = TestPacks.scenarioAnswers(name);
        Path expectedFile = TestPacks.SCENARIOS.resolve(name + ".expected.json");

        // When
        String actual = expectedView(TestPacks.builtIn().adviseJson(answers));

        // Then
        if (REGENERATE) {
            Files.writeString(expectedFile, actual);
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile + " (regenerate and review it)");
        assertEquals(TestPacks.read(expectedFile), actual, name);
    }

    @Test
    void whenAllScenariosAreAdvised_thenTogetherTheyFireEveryRule() {
        // Given
        Set<String> allRules = TestPacks.builtIn().rules().stream().map(RuleInfo::name)
                .collect(Collectors.toCollection(TreeSet::new));

        // When
        Set<String> fired = new TreeSet<>();
        for (String name : scenarios()) {
            TestPacks.builtIn().adviseJson(TestPacks.scenarioAnswers(name)).trace().forEach(s -> fired.add(s.rule()));
        }

        // Then
        allRules.removeAll(fired);
        assertEquals(Set.of(), allRules, "rules no golden scenario fires");
    }

    @Test
    void whenAllScenariosAreAdvised_thenEveryAdviceItemAppearsSomewhere() {
        Set<String> catalogue = TestPacks.builtIn().catalogue().stream().map(AdviceItem::id)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String name : scenarios()) {
            TestPacks.builtIn().adviseJson(TestPacks.scenarioAnswers(name)).advice().forEach(a -> catalogue.remove(a.id()));
        }
        assertEquals(Set.of(), catalogue, "advice items no golden scenario produces");
    }

    @Test
    void thereAreAtLeastTwentyScenarios() {
        assertTrue(scenarios().size() >= 20, "only " + scenarios().size() + " scenarios");
    }

    /**
     * The reviewed part of a report: every advice item whole (texts, certainty, reasons, claims and
     * source ids), in order. The disclaimer, answers and full citations are checked elsewhere.
     */
    static String expectedView(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode advice = root.putArray("advice");
        for (AdviceItem item : report.advice()) {
            ObjectNode node = advice.addObject();
            node.put("id", item.id());
            node.put("indicator", item.indicator().label());
            node.put("summary", item.summary());
            node.put("detail", item.detail());
            node.putObject("certainty").put("level", item.certainty().level().label())
                    .put("statement", item.certainty().statement());
            node.put("caveat", item.caveat());
            ArrayNode because = node.putArray("because");
            for (Reason reason : item.because()) {
                ObjectNode r = because.addObject();
                r.put("question", reason.question());
                r.set("answer", MAPPER.valueToTree(reason.answer()));
                r.put("text", reason.text());
            }
            item.claims().forEach(node.putArray("claims")::add);
            item.sources().forEach(source -> node.withArray("sources").add(source.id()));
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
