package org.k2advisor.internal.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JsonLinesTest {

    @Test
    void whenLinesEndInLfCrLfOrNothing_thenEachIsOneLineWithoutItsEnd() throws IOException {
        assertEquals(List.of("a", "b", "c"), texts("a\nb\r\nc"));
        assertEquals(List.of("a", "b"), texts("a\nb\n"));
        assertEquals(List.of(), texts(""));
    }

    @Test
    void whenALineIsEmpty_thenItIsStillALineAndIsBlank() throws IOException {
        JsonLines lines = new JsonLines(bytes("\n \t\n{}\n"));

        JsonLines.Line empty = lines.next();
        JsonLines.Line spaces = lines.next();
        JsonLines.Line object = lines.next();

        assertTrue(empty.blank() && spaces.blank());
        assertFalse(object.blank());
        assertEquals(List.of(1L, 2L, 3L), List.of(empty.number(), spaces.number(), object.number()));
        assertNull(lines.next());
    }

    @Test
    void whenALineIsLongerThanTheLimit_thenOnlyItsLengthIsKeptAndTheNextLineIsIntact() throws IOException {
        // Given a line of the limit plus one byte, over several reads, between two short ones
        int tooLong = JsonLines.MAX_LINE_BYTES + 1;
        String text = "{}\n" + "x".repeat(tooLong) + "\n{\"age\": 5}\n";
        JsonLines lines = new JsonLines(bytes(text));

        JsonLines.Line first = lines.next();
        JsonLines.Line longOne = lines.next();
        JsonLines.Line after = lines.next();

        assertArrayEquals("{}".getBytes(StandardCharsets.US_ASCII), first.bytes());
        assertTrue(longOne.tooLong());
        assertEquals(tooLong, longOne.length());
        assertEquals(3, after.number());
        assertEquals("{\"age\": 5}", new String(after.bytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void whenALineIsExactlyTheLimit_thenItIsKeptWhole() throws IOException {
        JsonLines.Line line = new JsonLines(bytes("y".repeat(JsonLines.MAX_LINE_BYTES) + "\n")).next();

        assertFalse(line.tooLong());
        assertEquals(JsonLines.MAX_LINE_BYTES, line.bytes().length);
    }

    @Test
    void whenTheBytesAreNotUtf8_thenTheyArePassedOnAsTheyAre() throws IOException {
        byte[] latin1 = {'{', '"', (byte) 0xE9, '"', '}', '\n', '{', '}', '\n'};
        JsonLines lines = new JsonLines(new ByteArrayInputStream(latin1));

        assertArrayEquals(new byte[] {'{', '"', (byte) 0xE9, '"', '}'}, lines.next().bytes());
        assertArrayEquals(new byte[] {'{', '}'}, lines.next().bytes());
    }

    private static List<String> texts(String text) throws IOException {
        JsonLines lines = new JsonLines(bytes(text));
        List<String> texts = new ArrayList<>();
        for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            texts.add(new String(line.bytes(), StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
