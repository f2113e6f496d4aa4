package org.k2advisor.cli.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.Question;

/** Skip logic, "back" and progress, on a small questionnaire of yes/no questions. */
class InterviewStateTest {
    private static final Question SMOKER = yesNo("smoker", Map.of());
    private static final Question DAILY = yesNo("daily", Map.of("smoker", true));
    private static final Question HEAVY = yesNo("heavy", Map.of("daily", true));
    private static final Question ACTIVE = yesNo("active", Map.of());
    private static final Question URGENT = new Question("urgent", "Urgent", Question.Kind.BOOLEAN, "Urgent?", "Help.", List.of(), null,
            null, null, Map.of(), null, true);

    @Test
    void whenTheUrgentQuestionIsListedLater_thenItIsAskedFirst() {
        InterviewState state = new InterviewState(List.of(SMOKER, ACTIVE, URGENT), Map.of());

        assertEquals(URGENT, state.next());
        assertEquals(List.of(URGENT, SMOKER, ACTIVE), state.order());
    }

    @Test
    void whenAGateIsAnswered_thenOnlyTheQuestionsItOpensFollow() {
        InterviewState state = new InterviewState(List.of(SMOKER, DAILY, HEAVY, ACTIVE), Map.of());

        state.answer(SMOKER, false);
        assertEquals(ACTIVE, state.next(), "daily and heavy do not apply to a non-smoker");

        state.answer(SMOKER, true);
        assertEquals(DAILY, state.next());
        assertEquals(3, state.expectedTotal(), "heavy is not counted until daily is yes");
    }

    @Test
    void whenAGateChanges_thenAnswersThatDependedOnItAreDroppedDownTheChain() {
        // Given a smoker who smokes daily and heavily
        InterviewState state = new InterviewState(List.of(SMOKER, DAILY, HEAVY, ACTIVE), Map.of());
        state.answer(SMOKER, true);
        state.answer(DAILY, true);
        state.answer(HEAVY, true);
        state.answer(ACTIVE, false);

        // When "back" leads to smoker and it becomes no
        List<String> dropped = state.answer(SMOKER, false);

        // Then daily and heavy go, and what still applies is kept
        assertEquals(List.of("daily", "heavy"), dropped);
        assertEquals(Map.of("smoker", false, "active", false), state.answers());
        assertNull(state.next());
    }

    @Test
    void whenGoingBack_thenOnlyQuestionsAskedInThisSessionThatStillApplyAreVisited() {
        // Given smoker from a file, then daily and active asked here
        InterviewState state = new InterviewState(List.of(SMOKER, DAILY, HEAVY, ACTIVE), Map.of("smoker", true));
        state.answer(DAILY, false);
        state.skip(ACTIVE);

        // Then back from the end reaches active, then daily (heavy never applied), then nothing
        assertEquals(ACTIVE, state.previous(null));
        assertEquals(DAILY, state.previous(ACTIVE));
        assertNull(state.previous(DAILY), "the file's answers are changed in the summary, not by back");
        assertTrue(state.isSkipped("active"));
    }

    @Test
    void whenAnswersComeFromAFile_thenProgressCountsOnlyWhatIsLeftToAsk() {
        InterviewState state = new InterviewState(List.of(SMOKER, DAILY, HEAVY, ACTIVE), Map.of("smoker", true));

        assertEquals(2, state.expectedTotal(), "daily and active");
        assertEquals(1, state.position(DAILY));
        assertEquals(2, state.position(ACTIVE));
        assertEquals(1, state.givenCount());
    }

    @Test
    void whenUrgentIsYes_thenItIsAnEmergencyAndDontKnowIsNot() {
        InterviewState state = new InterviewState(List.of(URGENT, SMOKER), Map.of());

        state.answer(URGENT, "unknown");
        assertFalse(state.emergency());
        state.answer(URGENT, true);
        assertTrue(state.emergency());
    }

    private static Question yesNo(String id, Map<String, Object> when) {
        Map<String, List<Object>> gates = new java.util.LinkedHashMap<>();
        when.forEach((gate, value) -> gates.put(gate, List.of(value)));
        return new Question(id, id, Question.Kind.BOOLEAN, "Question " + id + "?", "Help for " + id + ".", List.of(), null, null, null,
                gates, null, null);
    }
}
