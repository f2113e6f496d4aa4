package org.k2advisor.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.Render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A questionnaire's questions ask rather than tell; the rules of conduct still catch every statement and instruction. */
class SafeLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Do you have diabetes?",
        "Have you been told you have heart or blood vessel disease?",
        "Does it give more than 4,000 IU (100 µg) of vitamin D a day?",
        "Could K2 reverse calcification?"})
    void whenTheQuestionnaireAsksAboutAConditionOrAnAmount_thenThatIsNotADiagnosisOrAClaim(String question) {
        assertEquals(List.of(), SafeLanguage.problemsInQuestion(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Did you know you have heart disease?  | diagnosis: Did you know you have heart disease?",
        "Could K2 reverse your calcification?  | reversal claim: Could K2 reverse your calcification?"})
    void whenAReportAsksSomethingItMustNotSay_thenTheQuestionMarkIsNoExcuse(String text, String problem) {
        assertEquals(List.of(problem), SafeLanguage.problems(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "You have heart disease.                         | diagnosis: You have heart disease.",
        "You have diabetes, so read on. Do you smoke?    | diagnosis: You have diabetes, so read on.",
        "Why not take 200 µg a day?                      | dose instruction: Why not take 200 µg a day?",
        "Most people need 200 µg a day.                  | amount outside a trial or reference context: Most people need 200 µg a day.",
        "K2 reverses calcification.                      | reversal claim: K2 reverses calcification."})
    void whenAStatementOrAnInstructionBreaksARule_thenItIsStillCaught(String text, String problem) {
        assertTrue(SafeLanguage.problems(text).contains(problem), SafeLanguage.problems(text).toString());
        assertEquals(List.of(problem), SafeLanguage.problemsInQuestion(text));
    }

    /** Unsafe sentences issue 8's review found passing: a "not" that hedges nothing, reversal in other words, a dose in an imperative. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "K2 reverses artery calcification, and this is not in doubt. | reversal claim",
        "There is no doubt that K2 reverses calcification.          | reversal claim",
        "K2 not only slows but reverses calcification.               | reversal claim",
        "K2 cures hardened arteries.                                 | reversal claim",
        "K2 removes calcium from your arteries.                      | reversal claim",
        "K2 clears plaque from arteries.                             | reversal claim",
        "K2 dissolves the calcium in your arteries.                  | reversal claim",
        "K2 can undo years of calcium build-up.                      | reversal claim",
        "K2 is a cure for hardened arteries.                         | reversal claim",
        "Take K2 at 200 µg, as the trials used.                      | dose instruction",
        "Please start with 90 mcg a day, as in the study.            | dose instruction",
        "You should take MK-7 at 180 µg, as the trial gave.          | dose instruction"})
    void whenUnsafeTextHidesBehindAWordOrAPhrasing_thenItIsCaught(String text, String rule) {
        List<String> found = SafeLanguage.problems(text);

        assertTrue(found.stream().anyMatch(problem -> problem.startsWith(rule + ": ")), text + " gave " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "No trial has shown that K2 reverses arterial calcification.",
        "No trial in people has shown K2 removing calcium that is already in the arteries.",
        "K2 may slow calcium build-up a little, and no trial has shown that it removes it.",
        "Whether it can undo calcium build-up in people is still unknown.",
        "Hoping to reverse calcification meets the honest answer: no human trial has shown reversal.",
        "Reversal of calcification has not been shown in people.",
        "You hope K2 will remove calcium from your arteries.",
        "Small effects like these can vanish in bigger trials, and slower build-up is not removal.",
        "For calcium on the aortic valve, the largest K2 trial found no clear benefit.",
        "Your kidneys clear vitamin K from the blood.",
        "AVADEC gave 720 µg a day for two years.",
        "The AVADEC trial used 720 µg of MK-7 a day.",
        "Use of 720 µg a day was studied in one trial.",
        "Talk with a doctor before you take any supplement.",
        "{\"answers\": {\"goal\": \"reverse\"}, \"advice\": [{\"id\": \"reversal_not_shown\"}]}"})
    void whenASentenceHedgesOrReportsATrial_thenItIsNotFlagged(String text) {
        assertEquals(List.of(), SafeLanguage.problems(text));
    }

    /** The split SafeLanguage used to make with this regex, which its hand-written splitter must equal. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    @Test
    void whenTextIsSplitIntoSentences_thenTheSplitIsTheRegexSplitExactly() {
        List<String> texts = new ArrayList<>(List.of("", " ", ".", ". ", "a. ", " a.  b! c?\td.\n\ne . f", "a.\u000Bb",
                "x?\r\ny", "end.   ", "...  ...", "no end", "1.5 mg. Then 2 µg.\fDone"));
        Advisor advisor = Advisor.builtIn();
        for (AdviceItem item : advisor.catalogue()) {
            texts.addAll(List.of(item.summary(), item.detail(), item.caveat(), item.certainty().statement()));
        }
        texts.add(Render.text(advisor.advise(java.util.Map.of("age", 67, "diabetes", true, "goal", "reverse")), 80));
        Random random = new Random(12);
        char[] alphabet = {'a', 'Y', '.', '!', '?', ' ', '\t', '\n', '\r', '\f', '\u000B', '1', 'µ', '\u00A0'};
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(12)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = alphabet[random.nextInt(alphabet.length)];
            }
            texts.add(new String(chars));
        }
        for (String text : texts) {
            assertEquals(Arrays.asList(SENTENCE_END.split(text.replace('\n', ' '))), SafeLanguage.sentences(text),
                    () -> "for " + text.replace("\n", "\\n"));
        }
    }

    @Test
    void whenEachSentenceIsCheckedAlone_thenTheProblemsAreThoseOfTheWholeText() {
        String text = "K2 reverses calcification. Take 200 µg daily!\nYou have heart disease? Most people need 90 mcg a day.  "
                + "No trial shows K2 reverses it. The trial used 180 µg.";
        List<String> oneByOne = new ArrayList<>();
        SafeLanguage.sentences(text).forEach(sentence -> oneByOne.addAll(SafeLanguage.problemsInSentence(sentence)));

        assertEquals(SafeLanguage.problems(text), oneByOne);
        assertEquals(5, oneByOne.size(), oneByOne.toString());
    }
}
