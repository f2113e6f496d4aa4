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

/** The backbone: each answers file must give exactly its expected advice, in order. */
class GoldenScenariosTest {
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

    /** The reviewed part of a report: ids and indicators in order, one per line for readable diffs. */
    static String expectedView(Report report) {
        String items = report.advice().stream()
                .map(a -> "    {\"id\": \"" + a.id() + "\", \"indicator\": \"" + a.indicator().label() + "\"}")
                .collect(Collectors.joining(",\n"));
        return "{\n  \"advice\": [\n" + items + "\n  ]\n}\n";
    }
}
