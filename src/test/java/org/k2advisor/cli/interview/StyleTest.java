package org.k2advisor.cli.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StyleTest {
    @Test
    void whenOnATerminalWithoutNoColor_thenEachLineIsColouredOnItsOwn() {
        assertEquals("\u001b[1mone\u001b[0m\n\n\u001b[1mtwo\u001b[0m\n", Style.forTerminal(true, null).question("one\n\ntwo\n"));
        assertEquals("\u001b[1mone\u001b[0m", Style.forTerminal(true, "").question("one"), "an empty NO_COLOR does not count");
    }

    @Test
    void whenNoColorIsSetOrThereIsNoTerminal_thenTextStaysPlain() {
        assertEquals("one\n", Style.forTerminal(true, "1").question("one\n"));
        assertEquals("one\n", Style.forTerminal(false, null).urgent("one\n"));
        assertEquals("one", Style.plain().hint("one"));
    }
}
