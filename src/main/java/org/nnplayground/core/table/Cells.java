package org.nnplayground.core.table;

import org.nnplayground.core.text.DecimalText;

/**
 * The numbers in cells: a decimal with an optional sign, a decimal point and an exponent
 * ("-1.5", ".25", "3e-4"). Missing values (an empty cell, NaN, NA, infinity) are told apart from
 * text that is no number at all, so a reader can leave out the first and name the second.
 */
public final class Cells {
    /** The longest cell read as a number. */
    private static final int MAX_NUMBER_LENGTH = 40;

    private Cells() {
    }

    /** Whether {@code cell} is a finite number in the syntax above. */
    public static boolean isNumber(String cell) {
        return number(cell) == number(cell); // not NaN
    }

    /** The cell's value; NaN for a missing value or text that is no number, and for a number too large for a double. */
    public static double number(String cell) {
        int n = cell.length();
        if (n == 0 || n > MAX_NUMBER_LENGTH) {
            return Double.NaN;
        }
        int i = 0;
        if (cell.charAt(i) == '+' || cell.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(cell.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && cell.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(cell.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (cell.charAt(i) == 'e' || cell.charAt(i) == 'E')) {
            i++;
            if (i < n && (cell.charAt(i) == '+' || cell.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(cell.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return Double.NaN;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        double v = DecimalText.parse(cell);
        return v - v == 0.0 ? v : Double.NaN;
    }

    /** Whether {@code cell} stands for a missing value: empty, NaN, NA, N/A, null, or an infinity or overflowing number. */
    public static boolean isMissing(String cell) {
        String c = lower(cell);
        if (c.isEmpty() || c.equals("nan") || c.equals("na") || c.equals("n/a") || c.equals("null") || c.equals("?")) {
            return true;
        }
        String unsigned = c.startsWith("-") || c.startsWith("+") ? c.substring(1) : c;
        if (unsigned.equals("inf") || unsigned.equals("infinity") || unsigned.equals("\u221e")) {
            return true;
        }
        return number(cell) != number(cell) && looksNumeric(cell); // 1e999
    }

    private static boolean looksNumeric(String cell) {
        int n = cell.length();
        if (n == 0 || n > MAX_NUMBER_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = cell.charAt(i);
            if (!isDigit(ch) && ch != '.' && ch != 'e' && ch != 'E' && ch != '+' && ch != '-') {
                return false;
            }
        }
        try {
            double v = DecimalText.parse(cell);
            return v - v != 0.0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String lower(String s) {
        if (s.length() > 10) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
