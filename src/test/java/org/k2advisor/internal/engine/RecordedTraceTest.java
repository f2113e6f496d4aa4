package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.k2advisor.Advisor;
import org.k2advisor.ProfileGenerator;
import org.k2advisor.Report;
import org.k2advisor.TraceStep;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

/**
 * A finished run's trace is kept as references and turned into text only when read. Whatever reads
 * it, and whenever, it must say exactly what a trace written down as the rules fired says.
 */
class RecordedTraceTest {
    private static final KnowledgePack PACK = PackReader.builtIn();
    private static final RuleEngine ENGINE = RuleEngine.fromExecutableModel(PACK);

    @Test
    void whenTheTraceIsReadAfterTheRun_thenItSaysWhatTheEagerTraceSaid() {
        ProfileGenerator generator = new ProfileGenerator(7L, Advisor.builtIn().questions());
        for (int i = 0; i < 300; i++) {
            Map<String, Object> answers = PACK.normalizer().normalize(generator.next());
            List<TraceStep> eager;
            List<TraceStep> lazy;
            try (TracedSession session = ENGINE.open(answers)) {
                session.fire(RuleEngine.FIRING_LIMIT);
                eager = session.steps();
                lazy = session.finishedTrace();
            }
            assertEquals(eager.size(), lazy.size());
            // Read after the session went back to the pool and was reset: the references must still hold.
            for (int step = 0; step < eager.size(); step++) {
                assertEquals(eager.get(step), lazy.get(step), "profile " + answers + ", step " + (step + 1));
            }
            assertEquals(eager, lazy);
            assertEquals(eager.hashCode(), lazy.hashCode());
        }
    }

    @Test
    void whenAReportHoldsARecordedTrace_thenItIsNotCopiedAndCannotBeChanged() {
        Report report = Advisor.builtIn().advise(Map.of("age", 67, "diabetes", true, "goal", "reverse"));
        List<TraceStep> trace = report.trace();

        assertInstanceOf(RecordedTrace.class, trace);
        assertFalse(trace.isEmpty());
        assertSame(trace.get(0), trace.get(0), "the text is built once, then kept");
        assertThrows(UnsupportedOperationException.class, () -> trace.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> trace.add(trace.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> trace.set(0, trace.get(0)));
        assertThrows(UnsupportedOperationException.class, trace::clear);
    }

    @Test
    void whenAnotherThreadReadsTheTraceFirst_thenItSeesTheSameSteps() throws Exception {
        Advisor advisor = Advisor.builtIn();
        Map<String, Object> answers = Map.of("age", 67, "diabetes", true, "k2_foods", "rarely", "goal", "reverse");
        Report report = advisor.advise(answers);
        List<TraceStep> readElsewhere = CompletableFuture.supplyAsync(() -> List.copyOf(report.trace())).get();

        assertEquals(advisor.advise(answers).trace(), readElsewhere);
        assertEquals(report.trace(), readElsewhere);
    }
}
