package org.nnplayground.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The named NaN and finiteness tests answer as the platform's own do, for every kind of double. */
class DoublesTest {
    private static final double[] VALUES = {
        0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, 1e308, 0.1 + 0.2, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000123L),
        Double.MAX_VALUE * 2 - Double.MAX_VALUE * 2
    };

    @Test
    void isNaNIsTrueForEveryNaNAndNothingElse() {
        for (double v : VALUES) {
            assertEquals(Double.isNaN(v), Doubles.isNaN(v), Long.toHexString(Double.doubleToRawLongBits(v)));
        }
    }

    @Test
    void isFiniteIsFalseForNaNAndBothInfinities() {
        for (double v : VALUES) {
            assertEquals(Double.isFinite(v), Doubles.isFinite(v), Long.toHexString(Double.doubleToRawLongBits(v)));
        }
        assertEquals(false, Doubles.isFinite(Double.POSITIVE_INFINITY));
        assertEquals(false, Doubles.isFinite(Double.NaN));
        assertEquals(true, Doubles.isFinite(-Double.MAX_VALUE));
    }
}
