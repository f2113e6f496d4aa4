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
