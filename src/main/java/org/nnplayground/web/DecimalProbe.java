package org.nnplayground.web;

import org.nnplayground.core.text.DecimalText;

/**
 * Doubles to text and back as the class library does them in this build, for the browser tests
 * that check them against the JVM ({@link BrowserSubstitutions} hands both directions to the engine).
 * In the module with both kinds only.
 */
final class DecimalProbe {
    private DecimalProbe() {
    }

    /** {@code Double.toString} of each value, one per line. */
    static String texts(double[] values) {
        StringBuilder sb = new StringBuilder(values.length * 24);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(Double.toString(values[i]));
        }
        return sb.toString();
    }

    /** {@code Double.parseDouble} of each line; NaN where a line is refused. */
    static double[] values(String lines) {
        int count = 1;
        for (int i = 0; i < lines.length(); i++) {
            if (lines.charAt(i) == '\n') {
                count++;
            }
        }
        double[] out = new double[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = lines.indexOf('\n', start);
            if (end < 0) {
                end = lines.length();
            }
            try {
                out[k] = DecimalText.parse(lines.substring(start, end));
            } catch (NumberFormatException e) {
                out[k] = Double.NaN;
            }
            start = end + 1;
        }
        return out;
    }
}
