package org.k2advisor.internal.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackReader;

/** The built-in pack's warm-up reaches the rules a real profile reaches, and never the emergency path. */
class WarmUpTest {
    private static final KnowledgePack PACK = PackReader.builtIn();

    @Test
    void theWarmUpAnswersAreValidAndLeaveTheEmergencyQuestionOut() {
        Map<String, Object> answers = CompiledPack.warmUpAnswers(PACK);

        assertFalse(answers.containsKey("urgent_symptoms"), answers::toString);
        assertTrue(answers.size() >= PACK.questions().size() - 1, answers::toString);
    }

    @Test
    void theWarmUpFiresAThirdOfThePacksRulesOrMore() {
        RuleEngine engine = RuleEngine.fromExecutableModel(PACK);

        RuleEngine.Evaluation warmUp = engine.evaluate(PACK.normalizer().normalize(CompiledPack.warmUpAnswers(PACK)),
                Duration.ofMinutes(1));

        long fired = warmUp.trace().stream().map(step -> step.rule()).distinct().count();
        // Yes to everything takes the blood-thinner path, which holds back some items, so not all
        // fire; a third is what the warm-up is for: every kind of rule, and the session machinery.
        assertTrue(fired * 3 >= engine.rules().size(), fired + " of " + engine.rules().size() + " rules fired");
    }
}
