package org.k2advisor.internal.render;

import org.k2advisor.Choice;
import org.k2advisor.Question;
import org.k2advisor.internal.answers.AnswerNormalizer;
import org.k2advisor.internal.text.Numbers;

/** A canonical answer in the words a person gave it: "yes", "don't know", "67 years", a choice's label. */
public final class AnswerWords {
    private AnswerWords() {}

    public static String of(Question question, Object canonical) {
        if (canonical instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (AnswerNormalizer.UNKNOWN.equals(canonical)) {
            return "don't know";
        }
        if (canonical instanceof Number n) {
            return Numbers.plain(n) + (question.unit() == null ? "" : " " + question.unit());
        }
        for (Choice choice : question.choices()) {
            if (choice.value().equals(canonical)) {
                return choice.label();
            }
        }
        return String.valueOf(canonical);
    }
}
