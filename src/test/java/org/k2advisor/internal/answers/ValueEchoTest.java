package org.k2advisor.internal.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ValueEchoTest {

    @Test
    void whenTextIsShort_thenItIsShownWholeAndQuoted() {
        assertEquals("\"slow\"", ValueEcho.of("slow"));
        assertEquals("age", ValueEcho.bare("age"));
    }

    @Test
    void whenTextIsLong_thenFortyCharactersAndTheLengthAreShown() {
        String echo = ValueEcho.of("é".repeat(1_000_000));

        assertEquals("\"" + "é".repeat(40) + "... (1000000 characters)\"", echo);
    }

    @Test
    void whenTextHoldsControlOrFormatCharacters_thenTheyAreEscapedSoTheMessageStaysOneHarmlessLine() {
        // Given a line break, a terminal escape sequence, a bell, a right-to-left override and a lone surrogate
        String echo = ValueEcho.bare("a\nb\u001b[31mc\u0007d\u202ee\ud800f\t\"g\\");

        assertEquals("a\\nb\\u001b[31mc\\u0007d\\u202ee\\ud800f\\t\\\"g\\\\", echo);
    }

    @Test
    void whenEveryCharacterNeedsEscaping_thenTheEchoIsStillShort() {
        // Found by InterviewLinesFuzzTest: forty backspaces, each shown as a six-character escape, made a 253-character line.
        String echo = ValueEcho.of("\u0008".repeat(1000));

        // At most MAX_WIDTH characters, and the escape that crosses it, between the quotes and the length
        assertTrue(echo.length() <= "\"".length() + ValueEcho.MAX_WIDTH + "\\u0008".length() + "... (1000 characters)\"".length(),
                echo);
        assertTrue(echo.startsWith("\"\\u0008\\u0008"), echo);
        assertTrue(echo.endsWith("... (1000 characters)\""), echo);
    }

    @Test
    void whenAFileNameIsLong_thenItsEndIsShown() {
        assertEquals("my-answers.json", ValueEcho.path("my-answers.json"));
        assertEquals("..." + "b".repeat(24) + "/my-answers.json", ValueEcho.path("/" + "a".repeat(100) + "/" + "b".repeat(25) + "/my-answers.json"));
    }

    @Test
    void whenASurrogatePairWouldBeCut_thenItIsKeptWhole() {
        String echo = ValueEcho.bare("😀".repeat(50));

        assertTrue(echo.startsWith("😀".repeat(40) + "..."), echo);
    }

    @Test
    void whenNumbersAreHuge_thenTheirEchoIsShortAndNeverExpanded() {
        assertEquals("1E+999999999", ValueEcho.of(new BigDecimal("1e999999999")));
        assertEquals("0.5", ValueEcho.of(new BigDecimal("0.5")));
        assertEquals("20001", ValueEcho.of(new BigDecimal("20001")));
        assertEquals("a whole number of about 100000 digits", ValueEcho.of(BigInteger.TEN.pow(100_000)));
        assertEquals("NaN", ValueEcho.of(Double.NaN));
    }

    @Test
    void whenTheValueIsNotTextNumberOrBoolean_thenItsKindIsNamed() {
        assertEquals("null", ValueEcho.of(null));
        assertEquals("true", ValueEcho.of(true));
        assertEquals("an array", ValueEcho.of(List.of(1, 2)));
        assertEquals("an object", ValueEcho.of(Map.of("a", 1)));
        assertEquals("a value of type Thread", ValueEcho.of(Thread.currentThread()));
    }
}
