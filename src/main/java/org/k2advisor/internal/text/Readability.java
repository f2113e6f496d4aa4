package org.k2advisor.internal.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of a text:
 * {@code 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59}.
 *
 * <p>Counting rules, chosen to be simple and to err on the hard side:
 * <ul>
 * <li>a word is a run of letters, digits, apostrophes and inner hyphens or commas ("build-up", "4,000");</li>
 * <li>a sentence ends at ".", "!" or "?" followed by a space or the end;</li>
 * <li>syllables are vowel groups (a, e, i, o, u, y), less a silent final "e", "es" or "ed" (not after
 *     "l"), at least one per word; words of three letters or fewer have one; a number counts two,
 *     as it is read aloud in more than one.</li>
 * </ul>
 * Placeholders ({answer.cac_score}) are read as a number. Good enough to keep text at about US
 * grade 8, which is what it is for; not a linguistic tool.
 */
public final class Readability {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9'’]|[-,.](?=[A-Za-z0-9]))*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,.]*");

    private Readability() {}

    public static double grade(String text) {
        String plain = text.replaceAll("\\{[^}]*}", "250");
        int sentences = 0;
        Matcher end = SENTENCE_END.matcher(plain);
        while (end.find()) {
            sentences++;
        }
        sentences = Math.max(1, sentences);
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int syllables(String word) {
        if (NUMBER.matcher(word).matches()) {
            return 2;
        }
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        String stem = SILENT_ENDING.matcher(w).replaceAll("").replaceAll("^y", "");
        int groups = 0;
        Matcher m = VOWELS.matcher(stem);
        while (m.find()) {
            groups++;
        }
        return Math.max(1, groups);
    }
}
