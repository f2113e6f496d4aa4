package org.k2advisor.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of conduct for anything a person reads, as checks on text: never claim that K2
 * reverses calcification, never give an amount outside a trial or reference context, never
 * instruct a dose, never diagnose. The same checks guard the built-in pack's reports (tests) and an
 * educator's edited pack (`rules check`), so "safe" means one thing everywhere.
 *
 * <p>Checked sentence by sentence. A sentence is cheap to skip when it holds none of the trigger
 * substrings (a word of reversal, a digit, "you "), which is most of them. A hedge must negate
 * or qualify the claim itself: a "not" elsewhere in the sentence ("and this is not in doubt") is
 * no hedge.
 *
 * <p>A questionnaire's question asks; it does not tell. "Do you have diabetes?" is not a
 * diagnosis, "Does it give more than 4,000 IU (100 µg) a day?" recommends no amount, and "Could K2
 * reverse it?" claims nothing, so {@link #problemsInQuestion} exempts a sentence with a question
 * mark from those three rules. Reports and advice are held to {@link #problems}, where a question
 * is no excuse ("Did you know you have heart disease?" is still a diagnosis). A dose instruction
 * stays one in both, however phrased ("Why not take 200 µg a day?").
 */
public final class SafeLanguage {
    /**
     * Words that claim reversal. "Reverse" counts on its own; the others (cure, remove, clear,
     * dissolve, undo, ...) only in a sentence about calcium or arteries ({@link #ARTERIES}), as
     * "the kidneys clear vitamin K" claims nothing.
     */
    private static final Pattern REVERSAL = Pattern.compile("\\b(revers\\w*|cur(e|es|ed|ing)|remov\\w*|clear(s|ed|ing)"
            + "|clear\\s+(out|away)|dissolv\\w*|undo(es|ne|ing)?|undid|melt\\w*|eliminat\\w*|gets?\\s+rid\\s+of|wash(es)?\\s+away)\\b");
    private static final Pattern ARTERIES = Pattern.compile("calci|arter|plaque|build-?up|harden|valve|vessel");
    /**
     * A hedge that negates or qualifies the claim, before the claim in its clause: "no trial has
     * shown that K2 reverses", "whether K2 could reverse", "you hope K2 will remove".
     */
    private static final Pattern HEDGE_BEFORE = Pattern.compile("\\b(not|no|never|nor|none|neither|whether|unproven|unclear"
            + "|unknown|unlikely|hopes?|hoped|hoping|wish(es)?|claims?|claimed|myth|cannot)\\b|n't\\b");
    /** A hedge after the claim in its clause: "reversal has not been shown", "reversal is unproven". */
    private static final Pattern HEDGE_AFTER = Pattern.compile("\\b(not|never)\\s+(yet\\s+)?(been\\s+)?(shown|proven|proved"
            + "|established|demonstrated|seen|found|known)\\b|\\b(unproven|unknown|unclear|untested)\\b");
    /**
     * Negative words that reinforce rather than hedge: "there is no doubt that K2 reverses", "not
     * only"; taken out before looking for a hedge.
     */
    private static final Pattern REINFORCING = Pattern.compile("\\b(no|not|never|without|beyond)\\s+(a\\s+|any\\s+)?"
            + "(doubt|question)\\w*|\\b(no\\s+one|nobody)\\s+(doubts|denies|disputes|questions)\\b"
            + "|\\b(can\\s*not|can't)\\s+(be\\s+)?(denied|doubted|disputed)\\b|\\bnot\\s+only\\b|\\bnever\\s+fails?\\b");
    /** Where a clause starts or ends: a semicolon or colon, or a comma or "but" that joins another clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|,\\s*(and|but|so|yet|while|although|though|which)\\b|\\bbut\\b");
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,.]*\\s*(µg|mcg|micrograms?|mg)\\b");
    private static final Pattern TRIAL_CONTEXT = Pattern.compile("\\b(trials?|study|studies|fact sheet|used|gave)\\b");
    private static final Pattern DOSE_INSTRUCTION = Pattern.compile(
            "\\b(take|start|use|try)\\s+(about\\s+|at least\\s+|up to\\s+)?\\d", Pattern.CASE_INSENSITIVE);
    /**
     * An imperative with an amount a few words on, however the amount is put: "Take K2 at 200 µg,
     * as the trials used" instructs a dose even though it names trials. The verb starts the
     * sentence or follows "please", "you should" and the like; "use of" is a noun.
     */
    private static final Pattern IMPERATIVE_DOSE = Pattern.compile(
            "(^\\W*|\\b(please|you\\s+should|you\\s+must|you\\s+need\\s+to|we\\s+recommend(\\s+you)?|it\\s+is\\s+best\\s+to)\\s+)"
                    + "(take|start|use|try|begin|add|aim\\s+for|swallow|get)\\b(?!\\s+(of|part)\\b)[^.!?;]{0,60}?"
                    + "\\d[\\d,.]*\\s*(µg|mcg|micrograms?|mg|iu)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
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
        boolean reversal = mayClaimReversal(lower);
        if (!digit && !reversal && !lower.contains("you ")) {
            return;
        }
        boolean asks = questionsAsk && lower.contains("?");
        if (reversal && !asks && claimsReversal(lower)) {
            found.add("reversal claim: " + sentence);
        }
        if (digit && mayHoldAmount(lower) && AMOUNT.matcher(lower).find() && !TRIAL_CONTEXT.matcher(lower).find() && !asks) {
            found.add("amount outside a trial or reference context: " + sentence);
        }
        if (digit && mayInstruct(lower) && (DOSE_INSTRUCTION.matcher(sentence).find() || IMPERATIVE_DOSE.matcher(sentence).find())) {
            found.add("dose instruction: " + sentence);
        }
        if ((lower.contains("you have") || lower.contains("you are")) && DIAGNOSIS.matcher(sentence).find() && !asks) {
            found.add("diagnosis: " + sentence);
        }
    }

    /**
     * REVERSAL's words hold one of these: a cheap test that lets most sentences skip the pattern
     * ("cure" and "curing", not "cur", which "current" and "occur" hold too).
     */
    private static boolean mayClaimReversal(String lower) {
        return lower.contains("revers") || lower.contains("cure") || lower.contains("curing") || lower.contains("remov") || lower.contains("clear")
                || lower.contains("dissolv") || lower.contains("undo") || lower.contains("undid") || lower.contains("melt")
                || lower.contains("eliminat") || lower.contains("rid of") || lower.contains("wash");
    }

    /**
     * Whether some word of reversal in the sentence stands unhedged: no hedge before it in its
     * clause (reinforcing negatives such as "no doubt" do not count) and no "not shown" after it.
     * "K2 reverses calcification, and this is not in doubt" claims it; "no trial has shown that
     * K2 reverses calcification" does not.
     */
    private static boolean claimsReversal(String lower) {
        Matcher word = REVERSAL.matcher(lower);
        boolean aboutArteries = ARTERIES.matcher(lower).find();
        while (word.find()) {
            if (!word.group(1).startsWith("revers") && !aboutArteries || isToken(lower, word.start(), word.end())) {
                continue;
            }
            int from = 0;
            Matcher breaks = CLAUSE_BREAK.matcher(lower);
            int to = lower.length();
            while (breaks.find()) {
                if (breaks.end() <= word.start()) {
                    from = breaks.end();
                } else if (breaks.start() >= word.end()) {
                    to = breaks.start();
                    break;
                }
            }
            String before = REINFORCING.matcher(lower.substring(from, word.start())).replaceAll(" ");
            String after = lower.substring(word.end(), to);
            if (!HEDGE_BEFORE.matcher(before).find() && !HEDGE_AFTER.matcher(after).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An id or a value in quotes, not prose: "reversal_not_shown", or "reverse" as the goal a JSON
     * report echoes ({@code "goal": "reverse"}).
     */
    private static boolean isToken(String lower, int start, int end) {
        return lower.substring(start, end).indexOf('_') >= 0
                || start > 0 && end < lower.length() && lower.charAt(start - 1) == '"' && lower.charAt(end) == '"';
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

    /** DOSE_INSTRUCTION and IMPERATIVE_DOSE start with one of these verbs (case-insensitive, ASCII: the same in lower case). */
    private static boolean mayInstruct(String lower) {
        return lower.contains("take") || lower.contains("start") || lower.contains("use") || lower.contains("try")
                || lower.contains("begin") || lower.contains("add") || lower.contains("aim") || lower.contains("swallow")
                || lower.contains("get");
    }

    /** The characters of the regex class \s. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
