package org.k2advisor.internal.pack;

import java.util.ArrayList;
import java.util.List;

import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.text.SafeLanguage;

/**
 * The sentences of a pack's texts that break a rule of conduct: a reversal claimed without a
 * hedge, a dose instructed, an amount outside a trial or reference context, a diagnosis. The
 * rules are {@link SafeLanguage}'s, the same that guard the built-in pack's reports in the tests,
 * so "safe" means one thing for the built-in pack and for an educator's copy.
 */
final class UnsafeText {
    /** How much of the first problem a refusal shows, so that the whole line stays under 250 characters. */
    private static final int FIRST_SHOWN = 120;

    private UnsafeText() {}

    /** One finding per sentence that breaks a rule, at the line of the text it is in. */
    static List<PackProblem> problems(List<ReadableTexts.Text> texts) {
        List<PackProblem> problems = new ArrayList<>();
        for (ReadableTexts.Text text : texts) {
            // A question's own text asks; its help, like everything else, tells.
            boolean asks = text.owner() == ReadableTexts.Owner.QUESTION && text.field().equals("text");
            for (String problem : asks ? SafeLanguage.problemsInQuestion(text.text()) : SafeLanguage.problems(text.text())) {
                problems.add(new PackProblem(text.file(), text.line(), "unsafe text in " + text.describe() + ": " + problem));
            }
        }
        return problems;
    }

    /**
     * Why a pack with unsafe text is not loaded, on one line: the problem `rules check` lists first
     * (file and line order), and how many more there are.
     */
    static KnowledgePackException refusal(List<PackProblem> problems) {
        int more = problems.size() - 1;
        String first = problems.stream().sorted().findFirst().orElseThrow().toString();
        // One short line, however long the offending sentence: rules check shows each in full.
        if (first.length() > FIRST_SHOWN) {
            first = first.substring(0, FIRST_SHOWN - 3) + "...";
        }
        return new KnowledgePackException(first + " (" + (more == 0 ? "" : "and " + more + " more; ")
                + "not loaded: see `k2advisor rules check`; allow it with --allow-unsafe-text or PackOptions)");
    }
}
