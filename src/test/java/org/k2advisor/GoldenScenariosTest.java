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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The backbone: each answers file must give exactly its expected advice, item by item, in order,
 * and each item whole as the report's JSON carries it (summary, detail, indicator, certainty,
 * caveat, because, claims and the full sources), so a field the JSON drops or changes fails here.
 *
 * <p>The expected files are reviewed content, not a copy of whatever the code says: each item was
 * read against the pack (rules/, and the claims in ../shared/evidence/FACTS.md) for what must never
 * be said (that K2 reverses calcification in people, or any dose to take), and each file for its
 * order (blood-thinner and urgent items first; urgent symptoms "yes" gives the emergency item
 * alone). After a deliberate change to the pack or the JSON, regenerate with
 * {@code mvn -o test -Dtest=GoldenScenariosTest -Dk2advisor.regenerate=true}, then read the diff of
 * src/test/resources/scenarios/ the same way before committing it. Regenerating is off unless that
 * property is set, so a normal build only compares.
 */
class GoldenScenariosTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final boolean REGENERATE = Boolean.getBoolean("k2advisor.regenerate");

    static List<String> scenarios() {
        return TestPacks.scenarioNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void whenScenarioIsAdvised_thenEveryAdviceItemMatchesExpectedWhole(String name) throws IOException {
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
     * The reviewed part of a report: its JSON's advice array, every item whole and in order, taken
     * from {@link Report#toJson(boolean)} so the expected files hold the JSON contract itself. The
     * disclaimer, answers and trace are checked elsewhere.
     */
    static String expectedView(Report report) {
        try {
            JsonNode advice = MAPPER.readTree(report.toJson(false)).get("advice");
            ObjectNode root = MAPPER.createObjectNode();
            root.set("advice", advice);
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
