package org.k2advisor.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of conduct for anything a person reads, as checks on text: never claim that K2
 * reverses calcification, never give an amount outside a trial or reference context, never
 * instruct a dose, never diagnose. The same checks guard the built-in pack's reports (tests) and an
 * educator's edited pack (`rules check`), so "safe" means one thing everywhere.
 *
 * <p>Checked sentence by sentence. A sentence is cheap to skip when it holds none of the trigger
 * substrings ("revers", a digit, "you "), which is most of them.
 *
 * <p>A questionnaire's question asks; it does not tell. "Do you have diabetes?" is not a
 * diagnosis, "Does it give more than 4,000 IU (100 µg) a day?" recommends no amount, and "Could K2
 * reverse it?" claims nothing, so {@link #problemsInQuestion} exempts a sentence with a question
 * mark from those three rules. Reports and advice are held to {@link #problems}, where a question
 * is no excuse ("Did you know you have heart disease?" is still a diagnosis). A dose instruction
 * stays one in both, however phrased ("Why not take 200 µg a day?").
 */
public final class SafeLanguage {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|whether|unproven|unclear|nor)\\b");
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,.]*\\s*(µg|mcg|micrograms?|mg)\\b");
    private static final Pattern TRIAL_CONTEXT = Pattern.compile("\\b(trials?|study|studies|fact sheet|used|gave)\\b");
    private static final Pattern DOSE_INSTRUCTION = Pattern.compile(
            "\\b(take|start|use|try)\\s+(about\\s+|at least\\s+|up to\\s+)?\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIAGNOSIS = Pattern.compile(
            "\\byou (have|are suffering from|are diagnosed with)\\s+(a\\s+|an\\s+)?"
                    + "(arterial|coronary|heart|kidney|calcification|diabetes|disease)", Pattern.CASE_INSENSITIVE);

    private SafeLanguage() {}

    /** Every sentence of {@code text} that breaks a rule of conduct, each prefixed by the rule it breaks. */
    public static List<String> problems(String text) {
        return problems(text, false);
    }

    /** As {@link #problems}, for a questionnaire's question: a sentence that asks tells nothing. */
    public static List<String> problemsInQuestion(String text) {
        return problems(text, true);
    }

    private static List<String> problems(String text, boolean questionsAsk) {
        List<String> found = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.replace('\n', ' '))) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            boolean digit = lower.chars().anyMatch(Character::isDigit);
            if (!digit && !lower.contains("revers") && !lower.contains("you ")) {
                continue;
            }
            boolean asks = questionsAsk && lower.contains("?");
            if (lower.contains("revers") && !NEGATION.matcher(lower).find() && !asks) {
                found.add("reversal claim: " + sentence);
            }
            if (digit && AMOUNT.matcher(lower).find() && !TRIAL_CONTEXT.matcher(lower).find() && !asks) {
                found.add("amount outside a trial or reference context: " + sentence);
            }
            if (digit && DOSE_INSTRUCTION.matcher(sentence).find()) {
                found.add("dose instruction: " + sentence);
            }
            if (DIAGNOSIS.matcher(sentence).find() && !asks) {
                found.add("diagnosis: " + sentence);
            }
        }
        return found;
    }
}
