package org.nnplayground.core.formula;

import org.nnplayground.core.text.DecimalText;

/**
 * Cuts formula text into tokens, one at a time: numbers (digits, a decimal point, an exponent),
 * names (a letter, then letters and digits), operators and parentheses. Spaces and tabs between
 * tokens are skipped. Only ASCII is read; any other character is an error at its position.
 */
final class FormulaScanner {
    /** What a token is. */
    enum Type { NUMBER, NAME, SYMBOL, END }

    private final String text;
    private int next;
    private Type type;
    private String token;
    private double number;
    private int start;

    FormulaScanner(String text) {
        this.text = text;
        advance();
    }

    Type type() {
        return type;
    }

    /** The token as written (empty at the end). */
    String token() {
        return token;
    }

    /** The value of a NUMBER token. */
    double number() {
        return number;
    }

    /** The 1-based position of the token's first character (one past the end for END). */
    int position() {
        return start + 1;
    }

    /** Whether the current token is the symbol or name {@code s}. */
    boolean is(String s) {
        return (type == Type.SYMBOL || type == Type.NAME) && token.equals(s);
    }

    /** A readable name of the current token for messages: "'*'", "the number 2", "the end". */
    String describe() {
        switch (type) {
            case END:
                return "the end";
            case NUMBER:
                return "the number " + shown(token);
            default:
                return "'" + shown(token) + "'";
        }
    }

    /** Moves to the next token. */
    void advance() {
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        start = next;
        if (next >= text.length()) {
            type = Type.END;
            token = "";
            return;
        }
        char c = text.charAt(next);
        if (isDigit(c) || (c == '.' && next + 1 < text.length() && isDigit(text.charAt(next + 1)))) {
            scanNumber();
        } else if (isLetter(c)) {
            while (next < text.length() && (isLetter(text.charAt(next)) || isDigit(text.charAt(next)))) {
                next++;
            }
            type = Type.NAME;
            token = text.substring(start, next);
        } else {
            scanSymbol(c);
        }
    }

    private void scanNumber() {
        while (next < text.length() && isDigit(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '.') {
            next++;
            while (next < text.length() && isDigit(text.charAt(next))) {
                next++;
            }
        }
        if (next < text.length() && (text.charAt(next) == 'e' || text.charAt(next) == 'E')) {
            int e = next + 1;
            if (e < text.length() && (text.charAt(e) == '+' || text.charAt(e) == '-')) {
                e++;
            }
            if (e < text.length() && isDigit(text.charAt(e))) {
                next = e;
                while (next < text.length() && isDigit(text.charAt(next))) {
                    next++;
                }
            }
            // else: the 'e' is not an exponent; the parser reports what follows the number
        }
        type = Type.NUMBER;
        token = text.substring(start, next);
        number = DecimalText.parse(token);
        if (number == Double.POSITIVE_INFINITY) {
            throw new FormulaException(position(), "the number " + shown(token) + " is too large");
        }
    }

    private void scanSymbol(char c) {
        char d = next + 1 < text.length() ? text.charAt(next + 1) : 0;
        if ((c == '<' || c == '>' || c == '=' || c == '!') && d == '=') {
            next += 2;
        } else if (c == '&' || c == '|') {
            throw new FormulaException(start + 1, "write " + (c == '&' ? "'and'" : "'or'") + " instead of '" + c + "'");
        } else if ("+-*/^(),<>=".indexOf(c) >= 0) {
            next++;
        } else if (c < ' ' || c > '~') {
            throw new FormulaException(start + 1, "this character is not part of the formula language"
                    + " (use numbers, x, + - * / ^, parentheses and function names)");
        } else {
            throw new FormulaException(start + 1, "'" + c + "' is not part of the formula language");
        }
        type = Type.SYMBOL;
        token = text.substring(start, next);
    }

    /** A token for a message, cut to 20 characters. */
    static String shown(String token) {
        return token.length() <= 20 ? token : token.substring(0, 20) + "...";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
