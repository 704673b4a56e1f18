package org.nnplayground.core.export;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads from a parsed JSON tree for {@link ModelReader}: each takes the path of the value
 * (e.g. {@code layers[2].activation}) and refuses a missing value or one of the wrong type with a
 * {@link JsonError} that names the path and what was expected.
 */
final class JsonFields {
    private JsonFields() {
    }

    static JsonError wrong(String path, String expected, Object found) {
        return new JsonError("The model file's " + path + " should be " + expected + ", but is " + describe(found) + ".");
    }

    static String describe(Object v) {
        if (v == null) {
            return "missing";
        }
        if (v == Json.NULL) {
            return "null";
        }
        if (v instanceof String) {
            String s = (String) v;
            return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (v instanceof Double) {
            return "the number " + JsonWriter.number((Double) v);
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List) {
            return "a list of " + ((List<?>) v).size();
        }
        return "an object";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object v, String path) {
        if (!(v instanceof Map)) {
            throw wrong(path, "an object", v);
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object v, String path) {
        if (!(v instanceof List)) {
            throw wrong(path, "a list", v);
        }
        return (List<Object>) v;
    }

    static String string(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (!(v instanceof String)) {
            throw wrong(join(path, key), "text", v);
        }
        return (String) v;
    }

    static boolean bool(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (!(v instanceof Boolean)) {
            throw wrong(join(path, key), "true or false", v);
        }
        return (Boolean) v;
    }

    static double number(Object v, String path) {
        if (!(v instanceof Double)) {
            throw wrong(path, "a number", v);
        }
        return (Double) v;
    }

    static double number(Map<String, Object> m, String key, String path) {
        return number(m.get(key), join(path, key));
    }

    /** A whole number in [min, max]. */
    static int integer(Object v, String path, int min, int max) {
        double d = number(v, path);
        if (d != Math.floor(d) || d < min || d > max) {
            throw wrong(path, "a whole number from " + min + " to " + max, v);
        }
        return (int) d;
    }

    static int integer(Map<String, Object> m, String key, String path, int min, int max) {
        return integer(m.get(key), join(path, key), min, max);
    }

    /** Adds a notice for each key of {@code m} outside {@code known}, which the reader ignores. */
    static void noteUnknown(Map<String, Object> m, Set<String> known, String path, List<String> notices) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                notices.add("Ignored " + join(path, "\"" + (key.length() > 40 ? key.substring(0, 40) + "..." : key) + "\"")
                        + ", which the model format does not have.");
            }
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
