package org.k2advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Same answers, same bytes: across runs, across build paths and across threads. */
class BuildPathsAndDeterminismTest {

    @Test
    void whenEveryScenarioRunsOnBothBuildPaths_thenReportsAreByteIdenticalIncludingTheTrace() {
        for (String name : TestPacks.scenarioNames()) {
            String answers = TestPacks.scenarioAnswers(name);
            assertEquals(TestPacks.builtIn().adviseJson(answers).toJson(true),
                    TestPacks.fromDrl().adviseJson(answers).toJson(true), name);
        }
    }

    @Test
    void whenTheSameAnswersAreAdvisedTwice_thenTheJsonIsByteIdentical() {
        for (String name : TestPacks.scenarioNames()) {
            String answers = TestPacks.scenarioAnswers(name);
            assertEquals(TestPacks.builtIn().adviseJson(answers).toJson(true),
                    TestPacks.builtIn().adviseJson(answers).toJson(true), name);
        }
    }

    @Test
    void whenAnswersArriveInAnotherOrderOrType_thenTheJsonIsTheSame() {
        Map<String, Object> typed = Map.of("goal", "reverse", "age", 67, "diabetes", true);
        String json = "{\"diabetes\": \"yes\", \"age\": 67.0, \"goal\": \"Reverse\"}";
        assertEquals(TestPacks.builtIn().advise(typed).toJson(true), TestPacks.builtIn().adviseJson(json).toJson(true));
    }

    @Test
    void whenASessionIsReusedFromThePool_thenNothingOfTheLastProfileRemains() {
        // Given: a reused session that has just held every kind of fact
        Advisor advisor = TestPacks.builtIn();
        String busy = TestPacks.scenarioAnswers("everything-at-once");
        String empty = TestPacks.scenarioAnswers("empty-profile");
        String expected = Advisor.builtIn().adviseJson(empty).toJson(true);

        // When
        for (int i = 0; i < 50; i++) {
            advisor.adviseJson(busy);
        }
        String actual = advisor.adviseJson(empty).toJson(true);

        // Then
        assertEquals(expected, actual);
    }

    @Test
    void whenTwoDifferentPacksAreCompiledAtOnce_thenEachGetsItsOwnRules(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // Given: a second pack whose only difference is one extra rule
        java.nio.file.Path other = TestPacks.copyOfRules(java.nio.file.Files.createDirectory(dir.resolve("other")));
        java.nio.file.Files.writeString(other.resolve("advice.drl"), """

                rule "advice.always_learn"
                    @claims("A01")
                    @explain("Test pack: everyone gets the overview.")
                when
                then
                    insertLogical(new Advice("learn_overview"));
                end
                """, java.nio.file.StandardOpenOption.APPEND);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                // When
                Future<Advisor> plain = pool.submit(() -> Advisor.fromDirectory(TestPacks.RULES_DIR));
                Future<Advisor> extended = pool.submit(() -> Advisor.fromDirectory(other));

                // Then
                assertEquals(TestPacks.builtIn().rules().size(), plain.get().rules().size());
                assertEquals(TestPacks.builtIn().rules().size() + 1, extended.get().rules().size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenManyThreadsShareOneAdvisor_thenEachGetsTheSequentialResult() throws Exception {
        // Given
        Advisor advisor = TestPacks.builtIn();
        List<String> names = TestPacks.scenarioNames();
        List<String> sequential = names.stream().map(n -> advisor.adviseJson(TestPacks.scenarioAnswers(n)).toJson(true)).toList();

        // When
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 25; round++) {
                        for (String n : names) {
                            out.add(advisor.adviseJson(TestPacks.scenarioAnswers(n)).toJson(true));
                        }
                    }
                    return out;
                }));
            }
            // Then
            for (Future<List<String>> result : results) {
                List<String> out = result.get();
                for (int i = 0; i < out.size(); i++) {
                    assertEquals(sequential.get(i % names.size()), out.get(i), names.get(i % names.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
