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

    /**
     * The sentences {@link #problems} checks one by one: {@code text} with line breaks read as spaces,
     * split after each '.', '!' or '?' that whitespace follows. {@code problems(text)} is exactly the
     * problems of these sentences, in order, so a caller checking many texts made of the same
     * sentences (reports) may check each sentence once.
     */
    public static List<String> sentences(String text) {
        String flat = text.replace('\n', ' ');
        List<String> sentences = new ArrayList<>();
        int from = 0;
        int at = 0;
        // By hand, not with the regex (?<=[.!?])\s+: the same split, a sixth of the time.
        while (at < flat.length()) {
            if (isSpace(flat.charAt(at)) && at > 0 && isSentenceEnd(flat.charAt(at - 1))) {
                int end = at;
                while (at < flat.length() && isSpace(flat.charAt(at))) {
                    at++;
                }
                sentences.add(flat.substring(from, end));
                from = at;
            } else {
                at++;
            }
        }
        sentences.add(flat.substring(from));
        // As String.split: trailing empty strings are left out.
        while (sentences.size() > 1 && sentences.get(sentences.size() - 1).isEmpty()) {
            sentences.remove(sentences.size() - 1);
        }
        return sentences;
    }

    /** One sentence, as {@link #sentences} gives them: what {@link #problems} finds in it. */
    public static List<String> problemsInSentence(String sentence) {
        List<String> found = new ArrayList<>(0);
        addProblems(sentence, false, found);
        return found;
    }

    private static List<String> problems(String text, boolean questionsAsk) {
        List<String> found = new ArrayList<>();
        for (String sentence : sentences(text)) {
            addProblems(sentence, questionsAsk, found);
        }
        return found;
    }

    /**
     * Each regex runs only on a sentence holding a word it needs (a match implies the substring, in
     * lower case), which skips nearly all of them; the checks are exactly those of the regexes alone.
     */
    private static void addProblems(String sentence, boolean questionsAsk, List<String> found) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean digit = hasDigit(lower);
        boolean reversal = lower.contains("revers");
        if (!digit && !reversal && !lower.contains("you ")) {
            return;
        }
        boolean asks = questionsAsk && lower.contains("?");
        if (reversal && !NEGATION.matcher(lower).find() && !asks) {
            found.add("reversal claim: " + sentence);
        }
        if (digit && mayHoldAmount(lower) && AMOUNT.matcher(lower).find() && !TRIAL_CONTEXT.matcher(lower).find() && !asks) {
            found.add("amount outside a trial or reference context: " + sentence);
        }
        if (digit && mayInstruct(lower) && DOSE_INSTRUCTION.matcher(sentence).find()) {
            found.add("dose instruction: " + sentence);
        }
        if ((lower.contains("you have") || lower.contains("you are")) && DIAGNOSIS.matcher(sentence).find() && !asks) {
            found.add("diagnosis: " + sentence);
        }
    }

    /** As the old check, lower.chars().anyMatch(Character::isDigit), without the stream. */
    private static boolean hasDigit(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** AMOUNT ends in one of these units. */
    private static boolean mayHoldAmount(String lower) {
        return lower.contains("µg") || lower.contains("mcg") || lower.contains("microgram") || lower.contains("mg");
    }

    /** DOSE_INSTRUCTION starts with one of these verbs (case-insensitive, ASCII: the same in lower case). */
    private static boolean mayInstruct(String lower) {
        return lower.contains("take") || lower.contains("start") || lower.contains("use") || lower.contains("try");
    }

    /** The characters of the regex class \s. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
