package org.k2advisor.cli.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    @Test
    void whenLinesEndAsBufferedReaderEndsThem_thenTheSameLinesComeBack() throws IOException {
        String text = "unix\nwindows\r\nold mac\r\rempty above\r\n\nlast without end";

        assertEquals(List.of("unix", "windows", "old mac", "", "empty above", "", "last without end"), all(text));
        assertEquals(new BufferedReader(new StringReader(text)).lines().toList(), all(text));
    }

    @Test
    void whenALineIsLongerThanTheLimit_thenItIsCutAndTheNextLineIsStillRead() throws IOException {
        List<String> lines = all("9".repeat(5_000_000) + "\nnext\n");

        assertEquals(2, lines.size());
        assertEquals(BoundedLines.MAX_LINE + 1, lines.get(0).length(), "one more than the limit, so it reads as too long");
        assertEquals("next", lines.get(1));
    }

    @Test
    void whenInputIsEmpty_thenThereIsNoLine() throws IOException {
        assertEquals(List.of(), all(""));
    }

    private static List<String> all(String text) throws IOException {
        BoundedLines lines = new BoundedLines(new StringReader(text));
        List<String> read = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            read.add(line);
        }
        return read;
    }
}
