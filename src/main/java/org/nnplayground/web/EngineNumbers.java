package org.nnplayground.web;

import org.teavm.jso.JSBody;

/**
 * The engine's own conversions between numbers and decimal text, which {@link BrowserDoubleAnalyzer}
 * and {@link BrowserDoubleSynthesizer} hand the class library's work to: exact in every engine
 * (shortest round-trip digits, correct rounding).
 */
final class EngineNumbers {
    private EngineNumbers() {
    }

    /** {@code v} (finite, positive) as "d.ddde+x" with the fewest digits that read back as {@code v}. */
    @JSBody(params = "v", script = "return v.toExponential();")
    static native String exponential(double v);

    /** {@code v} (finite, positive) as "d.de+x", rounded to two significant digits. */
    @JSBody(params = "v", script = "return v.toExponential(1);")
    static native String twoDigits(double v);

    /** The double nearest to decimal {@code text}. */
    @JSBody(params = "text", script = "return Number(text);")
    static native double number(String text);
}
