package org.k2advisor.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The hand-written grouping writes exactly what the Formatter it replaces wrote. */
class NumbersTest {

    @Test
    void whenANumberIsGrouped_thenItReadsAsFormatterWritesIt() {
        Random random = new Random(5);
        LongStream edges = LongStream.of(0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 9999, 10_000, 100_000, 999_999,
                1_000_000, -1_234_567, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1);
        LongStream.concat(edges, random.longs(20_000).map(n -> n >> random.nextInt(64)))
                .forEach(n -> assertEquals(String.format(Locale.ROOT, "%,d", n), Numbers.grouped(n), Long.toString(n)));
    }

    @Test
    void whenPlainIsGivenWholeNumbers_thenTheyAreGrouped() {
        assertEquals("1,500", Numbers.plain(1500));
        assertEquals("20,000", Numbers.plain(20000.0));
        assertEquals("99.9", Numbers.plain(99.9));
        assertEquals("about 14 times", Numbers.comparedWith(10_000, 720));
    }
}
