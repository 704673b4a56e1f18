package org.nnplayground.web;

/**
 * What the browser builds compile in place of {@link org.nnplayground.core.text.DecimalText}
 * ({@link BrowserSubstitutions}): the text is checked against Java's decimal syntax here, and the
 * engine's {@code Number}, which rounds correctly to the nearest double as the JVM does, reads it.
 * Hexadecimal numbers are refused, as the class library's reader refuses them.
 */
public final class BrowserDecimalText {
    private BrowserDecimalText() {
    }

    /** {@link org.nnplayground.core.text.DecimalText#parse}. */
    public static double parse(String text) {
        String number = javaNumber(text);
        if (number == null) {
            throw new NumberFormatException("not a number: \"" + text + "\"");
        }
        return EngineNumbers.number(number);
    }

    /**
     * The text the engine reads for {@code text} (the same number without blanks around it or the f or
     * d after it), or null when {@code text} is not a decimal number in Java's syntax.
     */
    static String javaNumber(String text) {
        String t = text.trim();
        int end = t.length();
        int at = 0;
        if (at < end && (t.charAt(at) == '+' || t.charAt(at) == '-')) {
            at++;
        }
        String rest = t.substring(at);
        if (!rest.equals("NaN") && !rest.equals("Infinity")) {
            char last = end > at ? t.charAt(end - 1) : ' ';
            if (last == 'f' || last == 'F' || last == 'd' || last == 'D') {
                end--;
            }
            int digits = 0;
            int i = at;
            while (i < end && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
            if (i < end && t.charAt(i) == '.') {
                i++;
                while (i < end && isDigit(t.charAt(i))) {
                    i++;
                    digits++;
                }
            }
            if (digits == 0) {
                return null;
            }
            if (i < end && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
                i++;
                if (i < end && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                    i++;
                }
                int exponentDigits = i;
                while (i < end && isDigit(t.charAt(i))) {
                    i++;
                }
                if (i == exponentDigits) {
                    return null;
                }
            }
            if (i != end) {
                return null;
            }
        }
        return t.substring(0, end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
