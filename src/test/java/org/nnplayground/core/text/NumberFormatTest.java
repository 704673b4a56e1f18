package org.nnplayground.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberFormatTest {
    @ParameterizedTest(name = "fixed({0}, {1}) = {2}")
    @CsvSource(delimiter = ';', value = {
        "0.05; 1; 0.1",
        "-0.05; 1; -0.1",
        "9.999; 2; 10.00",
        "-0.0; 1; 0.0",
        "-0.04; 1; 0.0",
        "0.0; 0; 0",
        "1.5; 0; 2",
        "2.5; 0; 3",
        "-2.5; 0; -3",
        "123.456; 2; 123.46",
        "0.001; 3; 0.001",
        "0.0001; 3; 0.000",
        "0.5; 4; 0.5000",
        "12; 0; 12",
        "-7.25; 3; -7.250",
        "1000000; 1; 1000000.0",
        "0.1; 15; 0.100000000000000",
        "1e20; 2; 1e20",
    })
    void fixed(double v, int decimals, String expected) {
        assertEquals(expected, NumberFormat.fixed(v, decimals));
    }

    @ParameterizedTest(name = "significant({0}, {1}) = {2}")
    @CsvSource(delimiter = ';', value = {
        "0.000012345; 2; 1.2e-5",
        "1234.5; 3; 1230",
        "0.1234; 2; 0.12",
        "1.0; 3; 1",
        "-0.0; 3; 0",
        "0.0; 1; 0",
        "9.9996; 4; 10",
        "-9.96; 2; -10",
        "123456; 3; 123000",
        "1234567; 3; 1.23e6",
        "1234567; 7; 1234567",
        "0.0001; 2; 0.0001",
        "0.00001; 2; 1e-5",
        "0.000099999; 3; 0.0001",
        "1.5e300; 2; 1.5e300",
        "2.5e-300; 2; 2.5e-300",
        "1.7976931348623157e308; 3; 1.8e308",
        "0.30000000000000004; 4; 0.3",
        "-0.6931; 3; -0.693",
        "100; 1; 100",
        "99.5; 2; 100",
    })
    void significant(double v, int digits, String expected) {
        assertEquals(expected, NumberFormat.significant(v, digits));
    }

    @ParameterizedTest(name = "compact({0}) = {1}")
    @CsvSource(delimiter = ';', value = {
        "0; 0",
        "-0.0; 0",
        "1; 1",
        "-3; -3",
        "0.25; 0.25",
        "0.001; 0.001",
        "0.0005; 5e-4",
        "0.000012345; 1.23e-5",
        "1234.5; 1235",
        "1500; 1500",
        "9999; 9999",
        "12500; 12.5k",
        "20000; 20k",
        "999999; 1M",
        "2500000; 2.5M",
        "1e9; 1e9",
        "-45000; -45k",
    })
    void compact(double v, String expected) {
        assertEquals(expected, NumberFormat.compact(v));
    }

    @ParameterizedTest(name = "tick({0}, {1}) = {2}")
    @CsvSource(delimiter = ';', value = {
        "0.30000000000000004; 0.1; 0.3",
        "2; 0.5; 2.0",
        "-0.0; 1; 0",
        "5.551115123125783e-17; 0.1; 0.0",
        "20000; 5000; 20k",
        "0.25; 0.05; 0.25",
        "-6; 2; -6",
        "0.0004; 0.0002; 0.0004",
        "3e-8; 1e-8; 3e-8",
    })
    void tick(double v, double step, String expected) {
        assertEquals(expected, NumberFormat.tick(v, step));
    }

    @Test
    void scientific() {
        assertEquals("1.23e4", NumberFormat.scientific(12345, 3));
        assertEquals("-5e-1", NumberFormat.scientific(-0.5, 2));
        assertEquals("1e0", NumberFormat.scientific(0.99999, 3));
    }

    @Test
    void nonFiniteValues() {
        for (int digits = 1; digits <= 5; digits++) {
            assertEquals("NaN", NumberFormat.fixed(Double.NaN, digits));
            assertEquals("NaN", NumberFormat.significant(Double.NaN, digits));
            assertEquals("\u221e", NumberFormat.fixed(Double.POSITIVE_INFINITY, digits));
            assertEquals("-\u221e", NumberFormat.significant(Double.NEGATIVE_INFINITY, digits));
        }
        assertEquals("NaN", NumberFormat.compact(Double.NaN));
        assertEquals("\u221e", NumberFormat.compact(Double.POSITIVE_INFINITY));
        assertEquals("-\u221e", NumberFormat.tick(Double.NEGATIVE_INFINITY, 1));
    }

    @Test
    void agreesWithTheJvmOnManyValues() {
        // Up to the last printed digit, fixed() must say what Java's exact decimal rounding says
        // (they may differ only when the scaled value lies within rounding noise of a half).
        org.nnplayground.core.math.Rng rng = new org.nnplayground.core.math.Rng(3);
        for (int k = 0; k < 5000; k++) {
            double v = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(12) - 6);
            int decimals = rng.nextInt(7);
            java.math.BigDecimal exact = new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP);
            double scaled = Math.abs(v) * Math.pow(10, decimals);
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
                continue;
            }
            String expected = exact.signum() == 0 ? exact.abs().toPlainString() : exact.toPlainString();
            assertEquals(expected, NumberFormat.fixed(v, decimals), "fixed(" + v + ", " + decimals + ")");
        }
    }

    @Test
    void rejectsImpossibleArguments() {
        assertThrows(IllegalArgumentException.class, () -> NumberFormat.fixed(1, -1));
        assertThrows(IllegalArgumentException.class, () -> NumberFormat.fixed(1, 16));
        assertThrows(IllegalArgumentException.class, () -> NumberFormat.significant(1, 0));
    }
}
