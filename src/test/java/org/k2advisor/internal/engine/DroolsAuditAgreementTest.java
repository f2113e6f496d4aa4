package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drools.kiesession.audit.ActivationLogEvent;
import org.drools.kiesession.audit.LogEvent;
import org.drools.kiesession.audit.ObjectLogEvent;
import org.drools.kiesession.audit.WorkingMemoryLogger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.json.AnswersJson;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;
import org.kie.api.event.KieRuntimeEventManager;

/**
 * Our trace must tell the same story as Drools' own audit log (the WorkingMemoryLogger behind
 * KieServices' runtime loggers), recorded independently on the same session: the same rules
 * firing in the same order, and the same facts inserted and retracted during those firings, for
 * every scenario, on both the precompiled executable model and DRL compiled at run time, plus a
 * pack whose rule takes back an answer so that truth maintenance retracts what rested on it. The
 * trace the advisor reports (a separate session) must match as well.
 */
class DroolsAuditAgreementTest {
    private static final KnowledgePack PACK = PackReader.builtIn();
    private static final RuleEngine EXECUTABLE_MODEL = RuleEngine.fromExecutableModel(PACK);
    private static final RuleEngine DRL = RuleEngine.fromDrl(PACK);

    /** Drools' audit events, kept in memory instead of written to an XML file. */
    static final class AuditLog extends WorkingMemoryLogger {
        final List<LogEvent> events = new ArrayList<>();

        AuditLog(KieRuntimeEventManager session) {
            super(session);
        }

        @Override
        public void logEventCreated(LogEvent event) {
            events.add(event);
        }
    }

    static Stream<Arguments> scenarios() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        AnswerNormalizer normalizer = PACK.normalizer();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/educator/scenarios"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".answers.json")).sorted().toList()) {
                Map<String, Object> answers = normalizer.normalize(AnswersJson.parse(Files.readString(file, StandardCharsets.UTF_8)));
                cases.add(Arguments.of(file.getFileName().toString(), "executable model", EXECUTABLE_MODEL, answers));
                cases.add(Arguments.of(file.getFileName().toString(), "DRL", DRL, answers));
            }
        }
        KnowledgePack retraction = PackReader.directory(org.k2advisor.FixturePacks.get("educator/retraction"));
        cases.add(Arguments.of("goal withdrawn by a rule", "DRL", RuleEngine.fromDrl(retraction),
                normalizer.normalize(Map.of("goal", "reverse", "age", 70, "diabetes", true))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("scenarios")
    void whenScenarioRuns_thenTraceMatchesDroolsAuditLog(String scenario, String build, RuleEngine engine,
            Map<String, Object> answers) {
        List<String> droolsFirings = new ArrayList<>();
        List<String> droolsInsertions = new ArrayList<>();
        List<String> droolsRetractions = new ArrayList<>();
        List<TraceStep> ours;
        try (TracedSession session = engine.open(answers)) {
            AuditLog audit = new AuditLog(session.kieSession());
            session.fire(RuleEngine.FIRING_LIMIT);
            ours = session.steps();
            boolean firing = false;
            for (LogEvent event : audit.events) {
                if (event.getType() == LogEvent.BEFORE_ACTIVATION_FIRE) {
                    droolsFirings.add(((ActivationLogEvent) event).getRule());
                    firing = true;
                } else if (event.getType() == LogEvent.INSERTED && firing) {
                    droolsInsertions.add(((ObjectLogEvent) event).getObjectToString());
                } else if (event.getType() == LogEvent.RETRACTED && firing) {
                    droolsRetractions.add(((ObjectLogEvent) event).getObjectToString());
                }
            }
        }

        assertFalse(ours.isEmpty(), "the scenario fires rules");
        if (scenario.startsWith("goal withdrawn")) {
            assertFalse(droolsRetractions.isEmpty(), "truth maintenance retracted something");
        }
        assertEquals(droolsFirings, ours.stream().map(TraceStep::rule).toList(), "firings, in order");
        assertEquals(droolsInsertions, ours.stream().flatMap(step -> step.inserted().stream()).toList(), "insertions, in order");
        assertEquals(droolsRetractions, ours.stream().flatMap(step -> step.retracted().stream()).toList(), "retractions, in order");
        assertEquals(ours, engine.evaluate(answers).trace(), "the trace a report carries");
    }
}
