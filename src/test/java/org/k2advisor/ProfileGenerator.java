package org.k2advisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random but reproducible answer sets drawn from the questionnaire itself, so new questions are
 * covered without touching the tests. Numbers favour the thresholds the rules use.
 */
public final class ProfileGenerator {
    private static final int[] AGES = {0, 12, 17, 18, 19, 35, 59, 60, 61, 75, 99, 130};
    private static final double[] CAC = {0, 0.5, 1, 99, 99.9, 100, 250, 299, 300, 399, 400, 401, 1500, 20000};
    private static final int[] DOSES = {0, 10, 45, 90, 100, 120, 180, 360, 720, 1000, 10000, 100000};

    private final Random random;
    private final List<Question> questions;

    public ProfileGenerator(long seed, List<Question> questions) {
        this.random = new Random(seed);
        this.questions = questions;
    }

    public Map<String, Object> next() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            if (!q.appliesTo(answers) || random.nextInt(10) < 2) {
                continue; // not applicable, or left unanswered
            }
            answers.put(q.id(), value(q));
        }
        return answers;
    }

    private Object value(Question q) {
        if (q.kind() != Question.Kind.CHOICE && random.nextInt(8) == 0) {
            return "unknown";
        }
        return switch (q.kind()) {
            case BOOLEAN -> random.nextBoolean();
            case INTEGER -> random.nextBoolean() ? AGES[random.nextInt(AGES.length)] : random.nextInt(131);
            case NUMBER -> q.id().equals("cac_score") ? CAC[random.nextInt(CAC.length)]
                    : random.nextBoolean() ? DOSES[random.nextInt(DOSES.length)] : random.nextInt(2000);
            case CHOICE -> q.choiceValues().get(random.nextInt(q.choices().size()));
        };
    }
}
