package org.nnplayground.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.teavm.classlib.impl.text.DoubleAnalyzer;

/**
 * The browser's reading of the engine's toExponential text gives the class library's form: an
 * 18-digit mantissa whose first digit stands for 10^17 and the exponent of that digit. (That the
 * browser builds then write and read doubles as the JVM does, DeterminismIT checks in both builds.)
 */
class BrowserDoubleAnalyzerTest {
    private static DoubleAnalyzer.Result read(String text) {
        DoubleAnalyzer.Result result = new DoubleAnalyzer.Result();
        BrowserDoubleAnalyzer.read(text, result);
        return result;
    }

    @Test
    void oneDigitAndManyDigitsWithEitherSignOfExponent() {
        assertEquals(100_000_000_000_000_000L, read("1e+0").mantissa);
        assertEquals(0, read("1e+0").exponent);
        assertEquals(123_450_000_000_000_000L, read("1.2345e-7").mantissa);
        assertEquals(-7, read("1.2345e-7").exponent);
        assertEquals(179_769_313_486_231_570L, read("1.7976931348623157e+308").mantissa);
        assertEquals(308, read("1.7976931348623157e+308").exponent);
        assertEquals(500_000_000_000_000_000L, read("5e-324").mantissa);
        assertEquals(-324, read("5e-324").exponent);
        assertEquals(21, read("1e+21").exponent);
    }
}
