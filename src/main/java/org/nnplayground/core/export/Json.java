package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.text.DecimalText;

/**
 * A strict JSON reader (RFC 8259) for files people open: objects become {@code Map<String, Object>}
 * (in file order), arrays {@code List<Object>}, strings {@code String}, numbers {@code Double},
 * {@code true}/{@code false} {@code Boolean} and {@code null} {@link #NULL}.
 *
 * <p>Hostile input gets a {@link JsonError} that names the line and column, never a hang or a stack
 * overflow: text longer than {@link #MAX_CHARS}, nesting deeper than {@link #MAX_DEPTH}, duplicate
 * keys, control characters in strings, numbers beyond a double and anything after the value are
 * refused. Written by hand because the core may use no library and no browser parser.
 */
public final class Json {
    /** The longest text read: more than a model of the largest network the playground builds needs. */
    public static final int MAX_CHARS = 48 * 1024 * 1024;
    /** The deepest nesting of arrays and objects read; a model file needs 5. */
    public static final int MAX_DEPTH = 64;
    /** JSON's null, distinct from a missing key (which reads as Java null). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /**
     * Reads one JSON value that makes up the whole of {@code text} (white space around it allowed).
     *
     * @throws JsonError when the text is not such a value, saying where and why
     */
    public static Object parse(String text) {
        if (text == null) {
            throw new JsonError("The file is empty.");
        }
        if (text.length() > MAX_CHARS) {
            throw new JsonError("The file has " + text.length() + " characters; at most " + MAX_CHARS + " are read.");
        }
        Json reader = new Json(text);
        reader.skipSpace();
        if (reader.at >= text.length()) {
            throw new JsonError("The file is empty.");
        }
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw reader.error("unexpected " + reader.describeHere() + " after the end of the JSON value");
        }
        return value;
    }

    private Object value(int depth) {
        if (at >= text.length()) {
            throw error("the file ends where a value should follow");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("expected a value (object, array, string, number, true, false or null), found "
                        + describeHere());
        }
    }

    private Map<String, Object> object(int depth) {
        checkDepth(depth);
        at++; // {
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a key in double quotes, found " + describeHere());
            }
            int keyAt = at;
            String key = string();
            if (map.containsKey(key)) {
                at = keyAt;
                throw error("the key \"" + shorten(key) + "\" appears twice in the same object");
            }
            skipSpace();
            expect(':', "after the key \"" + shorten(key) + "\"");
            skipSpace();
            map.put(key, value(depth));
            skipSpace();
            char c = peek();
            if (c == ',') {
                at++;
            } else if (c == '}') {
                at++;
                return map;
            } else {
                throw error("expected ',' or '}' in an object, found " + describeHere());
            }
        }
    }

    private List<Object> array(int depth) {
        checkDepth(depth);
        at++; // [
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth));
            skipSpace();
            char c = peek();
            if (c == ',') {
                at++;
            } else if (c == ']') {
                at++;
                return list;
            } else {
                throw error("expected ',' or ']' in an array, found " + describeHere());
            }
        }
    }

    private String string() {
        at++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("a string is not closed: the file ends inside it");
            }
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("a string holds a control character (code " + (int) c + "); write it as an escape such as \\n");
            }
            if (c == '\\') {
                at++;
                if (at >= text.length()) {
                    throw error("a string is not closed: the file ends inside an escape");
                }
                char e = text.charAt(at);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        sb.append(unicodeEscape());
                        continue;
                    default:
                        throw error("unknown escape \\" + printable(e) + " in a string");
                }
                at++;
            } else {
                sb.append(c);
                at++;
            }
        }
    }

    /** The character of a \\uXXXX escape; {@link #at} is on the 'u' and ends after the digits. */
    private char unicodeEscape() {
        if (at + 4 >= text.length()) {
            throw error("a \\u escape needs four hex digits");
        }
        int v = 0;
        for (int i = 1; i <= 4; i++) {
            int d = hexDigit(text.charAt(at + i));
            if (d < 0) {
                at += i;
                throw error("a \\u escape needs four hex digits, found " + describeHere());
            }
            v = v * 16 + d;
        }
        at += 5;
        return (char) v;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private Double number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("a number needs a digit after '-', found " + describeHere());
        }
        if (peek() == '.') {
            at++;
            if (!isDigit(peek())) {
                throw error("a number needs a digit after the decimal point, found " + describeHere());
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!isDigit(peek())) {
                throw error("a number needs a digit in its exponent, found " + describeHere());
            }
            digits();
        }
        if (at - start > 400) {
            at = start;
            throw error("a number is written with more than 400 characters");
        }
        double v = DecimalText.parse(text.substring(start, at));
        if (Double.isInfinite(v)) {
            at = start;
            throw error("the number " + shorten(text.substring(start, Math.min(text.length(), start + 40)))
                    + " is beyond what a double holds");
        }
        return v;
    }

    private void digits() {
        while (isDigit(peek())) {
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("expected a value, found " + describeHere());
        }
        at += word.length();
        return value;
    }

    private void expect(char c, String where) {
        if (peek() != c) {
            throw error("expected '" + c + "' " + where + ", found " + describeHere());
        }
        at++;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("arrays and objects are nested more than " + MAX_DEPTH + " deep");
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private String describeHere() {
        if (at >= text.length()) {
            return "the end of the file";
        }
        return "'" + printable(text.charAt(at)) + "'";
    }

    private static String printable(char c) {
        if (c < 0x20 || c == 0x7f || (c >= 0xd800 && c <= 0xdfff)) {
            return "\\u" + Integer.toHexString(0x10000 | c).substring(1);
        }
        return String.valueOf(c);
    }

    private static String shorten(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < 40; i++) {
            sb.append(printable(s.charAt(i)));
        }
        return s.length() > 40 ? sb + "..." : sb.toString();
    }

    /** An error at the current position, as "line L, column C: what". */
    private JsonError error(String what) {
        int line = 1;
        int column = 1;
        int end = Math.min(at, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonError("Not valid JSON: line " + line + ", column " + column + ": " + what + ".");
    }
}
