package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** The JSON reader and writer: the grammar, messages that say where, hostile input, and random round trips. */
class JsonTest {
    @Test
    void readsEveryKindOfValue() {
        Object v = Json.parse(" {\"a\": [1, -2.5e3, 0.125, true, false, null], \"b\": {\"c\": \"x\\\"y\\\\z\\n\\u00e9\\/\"}} ");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        assertEquals(List.of(1.0, -2500.0, 0.125, true, false, Json.NULL), m.get("a"));
        assertEquals(Map.of("c", "x\"y\\z\n\u00e9/"), m.get("b"));
        assertEquals(List.of("a", "b"), new ArrayList<>(m.keySet()), "keys in file order");
        assertSame(Json.NULL, Json.parse("null"));
    }

    @Test
    void brokenTextIsNamedByLineAndColumn() {
        assertMessage("{\n  \"a\": 1,\n  \"b\" 2\n}", "line 3, column 7", "expected ':'");
        assertMessage("[1, 2", "line 1, column 6", "the end of the file");
        assertMessage("{\"a\": 1} x", "line 1, column 10", "after the end");
        assertMessage("{\"a\": 1, \"a\": 2}", "line 1, column 10", "appears twice");
        assertMessage("[01]", "line 1, column 3", "expected ',' or ']'");
        assertMessage("[1.]", "line 1, column 4", "digit after the decimal point");
        assertMessage("[1e400]", "line 1, column 2", "beyond what a double holds");
        assertMessage("[NaN]", "line 1, column 2", "expected a value");
        assertMessage("\"a\tb\"", "line 1, column 3", "control character");
        assertMessage("\"\\x\"", "line 1, column 3", "unknown escape");
        assertMessage("", "empty", "");
        assertMessage("   \n ", "empty", "");
        assertMessage("{'a': 1}", "line 1, column 2", "key in double quotes");
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertMessage(deep, "nested more than " + Json.MAX_DEPTH, "");
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        Json.parse(ok);
    }

    @Test
    void binaryAndTooLongTextGetAMessage() {
        StringBuilder binary = new StringBuilder();
        Rng rng = new Rng(3);
        for (int i = 0; i < 2000; i++) {
            binary.append((char) rng.nextInt(256));
        }
        assertThrows(JsonError.class, () -> Json.parse(binary.toString()));
        String tooLong = " ".repeat(Json.MAX_CHARS) + "1";
        assertMessage(tooLong, "at most " + Json.MAX_CHARS, "");
    }

    /** Property: random trees written and read back are equal; every number reads back as the same double. */
    @Test
    void randomTreesRoundTrip() {
        Rng rng = new Rng(42);
        for (int i = 0; i < 300; i++) {
            Object tree = randomTree(rng, 0);
            String text = JsonWriter.write(tree);
            assertEquals(tree, Json.parse(text), "seed 42 case " + i + ": " + text);
        }
    }

    /** Property: mutated JSON never throws anything but a JsonError and always ends. */
    @Test
    void mutatedTextNeverThrowsAnythingButJsonError() {
        Rng rng = new Rng(7);
        String alphabet = "{}[],:\"\\ 0123456789.eE+-truefalsnl\nu";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder(JsonWriter.write(randomTree(rng, 0)));
            int edits = 1 + rng.nextInt(4);
            for (int e = 0; e < edits && text.length() > 0; e++) {
                int at = rng.nextInt(text.length());
                switch (rng.nextInt(3)) {
                    case 0:
                        text.deleteCharAt(at);
                        break;
                    case 1:
                        text.insert(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                        break;
                    default:
                        text.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                }
            }
            try {
                Json.parse(text.toString());
            } catch (JsonError expected) {
                assertTrue(expected.getMessage().startsWith("Not valid JSON: line ") || expected.getMessage().contains("empty"),
                        expected.getMessage());
            } catch (RuntimeException e) {
                fail("case " + i + " threw " + e + " for " + text);
            }
        }
    }

    private static void assertMessage(String text, String part, String other) {
        JsonError e = assertThrows(JsonError.class, () -> Json.parse(text));
        assertTrue(e.getMessage().contains(part) && e.getMessage().contains(other), e.getMessage());
    }

    private static Object randomTree(Rng rng, int depth) {
        int kind = depth > 3 ? 3 + rng.nextInt(4) : rng.nextInt(7);
        switch (kind) {
            case 0: {
                Map<String, Object> m = new LinkedHashMap<>();
                int n = rng.nextInt(4);
                for (int i = 0; i < n; i++) {
                    m.put(randomString(rng), randomTree(rng, depth + 1));
                }
                return m;
            }
            case 1:
            case 2: {
                List<Object> list = new ArrayList<>();
                int n = rng.nextInt(5);
                for (int i = 0; i < n; i++) {
                    list.add(randomTree(rng, depth + 1));
                }
                return list;
            }
            case 3:
                return randomString(rng);
            case 4: {
                // Numbers the writer spells with 15 digits or fewer read back exactly.
                double v = rng.nextInt(2) == 0 ? Math.round(rng.uniform(-1e6, 1e6)) / 1000.0 : rng.nextInt(1000) - 500;
                return v;
            }
            case 5:
                return rng.nextInt(2) == 0;
            default:
                return Json.NULL;
        }
    }

    private static String randomString(Rng rng) {
        String chars = "ab\"\\\n\t/\u00e9\u20ac z\u0001";
        StringBuilder sb = new StringBuilder();
        int n = rng.nextInt(6);
        for (int i = 0; i < n; i++) {
            sb.append(chars.charAt(rng.nextInt(chars.length())));
        }
        return sb.toString();
    }
}
