package org.k2advisor.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written whitespace collapse gives exactly what the regex it replaces gave. */
class CollapseSpacesTest {
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final char[] ALPHABET = {'a', 'b', ' ', ' ', '\t', '\n', '\r', '\f', 0x0B, '\u00a0', '\u2003', '.'};

    @Test
    void whenAnyTextIsCollapsed_thenItIsWhatTheRegexGave() {
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(24)];
            for (int j = 0; j < text.length; j++) {
                text[j] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String s = new String(text);
            assertEquals(SPACES.matcher(s).replaceAll(" "), PersonalText.collapseSpaces(s), s);
        }
    }

    @Test
    void whenTextHasNoRunOfSpaces_thenTheSameStringComesBack() {
        String text = "Your score of 250 is in the moderate band.";
        assertSame(text, PersonalText.collapseSpaces(text));
        assertEquals("a b. c", PersonalText.collapseSpaces("a  b. \n c"));
    }
}
