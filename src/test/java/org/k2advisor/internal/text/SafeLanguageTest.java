package org.k2advisor.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
}
