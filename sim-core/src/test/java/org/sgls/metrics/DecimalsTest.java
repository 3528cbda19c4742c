package org.sgls.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void fixedDecimalsWithoutExponentTrailingZerosOrMinusZero() {
        assertEquals("0", Decimals.format6(0.0));
        assertEquals("0", Decimals.format6(-0.0));
        assertEquals("0", Decimals.format6(-1e-9));     // rounds to zero: no "-0"
        assertEquals("0.00001", Decimals.format6(1e-5)); // Double.toString would give 1.0E-5
        assertEquals("-0.000001", Decimals.format6(-1e-6));
        assertEquals("0", Decimals.format6(4.9e-7));
        assertEquals("100", Decimals.format6(100.0));
        assertEquals("1.5", Decimals.format6(1.5));
        assertEquals("-2.25", Decimals.format6(-2.25));
        assertEquals("0.333333", Decimals.format6(1.0 / 3));
        assertEquals("0.666667", Decimals.format6(2.0 / 3));
        assertEquals("1234567.000001", Decimals.format6(1234567.000001));
        assertEquals("12345678901234568", Decimals.format6(1.2345678901234568e16)); // beyond the fast path
        assertEquals("0.1", Decimals.format6(0.1));
        assertEquals("0.3", Decimals.format6(0.1 + 0.2));
    }

    @Test
    void roundIsWhatAReaderParsesBack() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-8, 14));
            double v = (random.nextDouble() - 0.5) * magnitude;
            String text = Decimals.format6(v);
            assertEquals(Double.parseDouble(text), Decimals.round6(v), text);
            assertEquals(text, Decimals.format6(Decimals.round6(v)), "idempotent");
        }
    }

    @Test
    void plainKeepsADecimalPointAndDropsTheExponent() {
        assertEquals("2629588234.9275556", Decimals.plain(2.6295882349275556E9));
        assertEquals("1000000000.0", Decimals.plain(1e9));
        assertEquals("0.00001", Decimals.plain(1e-5));
        assertEquals("0.1", Decimals.plain(0.1));
        assertEquals("0.0", Decimals.plain(-0.0));
        assertEquals("31715.0", Decimals.plain(31715));
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 10_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 16));
            assertEquals(v + 0.0, Double.parseDouble(Decimals.plain(v)));
        }
    }

    @Test
    void nonFiniteValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Decimals.format6(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Decimals.format6(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Decimals.exact(Double.NaN));
    }

    @Test
    void exactReadsBackExactlyWithoutExponent() {
        assertEquals("0.0000002", Decimals.exact(2e-7));
        assertEquals("100", Decimals.exact(100.0));
        assertEquals("0.35", Decimals.exact(0.35));
        assertEquals("0", Decimals.exact(-0.0));
        assertEquals("-12.5", Decimals.exact(-12.5));
        // Java 17's Double.toString is not always the shortest text, but it always reads back exactly
        assertEquals(1.23e22, Double.parseDouble(Decimals.exact(1.23e22)));
        assertEquals(0.1 + 0.2, Double.parseDouble(Decimals.exact(0.1 + 0.2)));
    }
}
