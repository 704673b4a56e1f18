package org.nnplayground.core.export;

import java.util.List;
import java.util.Map;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.NumberFormat;

/**
 * Writes a tree of {@code Map<String, ?>}, {@code List<?>}, strings, numbers, booleans and
 * {@link Json#NULL} as JSON that people can read: one key per line, and arrays of numbers or
 * strings on one line. Whole numbers ({@code Integer}, {@code Long}) are written as such; a
 * {@code Double} is written with the fewest digits (up to 15) that {@link NumberFormat#shortest}
 * gives, the same text in every build. Non-finite numbers have no JSON form and are refused.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();

    private JsonWriter() {
    }

    /** The JSON text of {@code value}, ending with a newline. */
    public static String write(Object value) {
        JsonWriter w = new JsonWriter();
        w.value(value, 0);
        w.out.append('\n');
        return w.out.toString();
    }

    private void value(Object v, int indent) {
        if (v == null || v == Json.NULL) {
            out.append("null");
        } else if (v instanceof String) {
            string(out, (String) v);
        } else if (v instanceof Boolean) {
            out.append(((Boolean) v) ? "true" : "false");
        } else if (v instanceof Integer || v instanceof Long) {
            out.append(((Number) v).longValue());
        } else if (v instanceof Number) {
            out.append(number(((Number) v).doubleValue()));
        } else if (v instanceof Map) {
            object((Map<?, ?>) v, indent);
        } else if (v instanceof List) {
            array((List<?>) v, indent);
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getSimpleName());
        }
    }

    private void object(Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            pad(indent + 1);
            string(out, (String) e.getKey());
            out.append(": ");
            value(e.getValue(), indent + 1);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append('}');
    }

    private void array(List<?> list, int indent) {
        if (flat(list)) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(list.get(i), indent);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            pad(indent + 1);
            value(list.get(i), indent + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append(']');
    }

    /** Whether every element is a number, string, boolean or null: such an array fits on one line. */
    private static boolean flat(List<?> list) {
        for (Object o : list) {
            if (o instanceof Map || o instanceof List) {
                return false;
            }
        }
        return true;
    }

    private void pad(int indent) {
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
    }

    /** {@code v} as a JSON number: the shortest text (up to 15 significant digits) that reads back as it. */
    public static String number(double v) {
        if (!Doubles.isFinite(v)) {
            throw new IllegalArgumentException("JSON has no number for " + v);
        }
        return NumberFormat.shortest(v);
    }

    /** Appends {@code s} in double quotes, escaping quotes, backslashes and control characters. */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
