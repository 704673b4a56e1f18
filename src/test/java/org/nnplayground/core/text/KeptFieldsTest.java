package org.nnplayground.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** The kept records' field format: random fields come back exactly; random damage gives only its refusal. */
class KeptFieldsTest {
    private static final String HEADER = "test record 1";
    private static final KeptFields NAMED = new KeptFields(HEADER, "a test record", true);
    private static final KeptFields ANONYMOUS = new KeptFields(HEADER, "a test record", false);
    /** Characters that matter to the format (colon, line break, digits) and some that do not. */
    private static final String VALUE_CHARS = "ab:\n\r09-\t \u00e9\u4e2d";
    private static final String KEY_CHARS = "ab-09\n \u00e9";

    private static String text(Rng rng, String chars, int min, int max) {
        StringBuilder s = new StringBuilder();
        int n = min + rng.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            s.append(chars.charAt(rng.nextInt(chars.length())));
        }
        return s.toString();
    }

    /** Random fields, keys distinct and possibly empty, values of any characters (colons and line breaks too). */
    private static Map<String, String> randomFields(Rng rng) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = rng.nextInt(8); i > 0; i--) {
            fields.putIfAbsent(text(rng, KEY_CHARS, 0, 6), text(rng, VALUE_CHARS, 0, rng.nextInt(5) == 0 ? 400 : 20));
        }
        return fields;
    }

    private static String write(KeptFields format, Map<String, String> fields) {
        StringBuilder s = format.start();
        fields.forEach((k, v) -> KeptFields.field(s, k, v));
        return s.toString();
    }

    @Test
    void randomFieldsComeBackTheSame() {
        Rng rng = new Rng(41);
        for (int trial = 0; trial < 2000; trial++) {
            Map<String, String> fields = randomFields(rng);
            String text = write(NAMED, fields);
            assertTrue(text.startsWith(HEADER + "\n"), text);
            assertEquals(fields, NAMED.read(text), text);
            assertEquals(fields, ANONYMOUS.read(text), text);
        }
    }

    @Test
    void aKeyThatComesTwiceKeepsItsFirstValue() {
        StringBuilder s = NAMED.start();
        KeptFields.field(s, "k", "first");
        KeptFields.field(s, "k", "second");
        assertEquals(Map.of("k", "first"), NAMED.read(s.toString()));
        assertThrows(IllegalArgumentException.class, () -> KeptFields.field(new StringBuilder(), "a:b", "x"),
                "a key with a colon could not be read back");
    }

    @Test
    void randomDamageGivesOnlyTheRefusalNeverAnotherException() {
        Rng rng = new Rng(42);
        int read = 0;
        int refused = 0;
        for (int trial = 0; trial < 5000; trial++) {
            StringBuilder s = new StringBuilder(trial % 5 == 0 ? text(rng, VALUE_CHARS, 0, 60) : write(NAMED, randomFields(rng)));
            for (int e = 1 + rng.nextInt(4); e > 0 && s.length() > 0; e--) {
                int at = rng.nextInt(s.length());
                switch (rng.nextInt(4)) {
                    case 0 -> s.setCharAt(at, VALUE_CHARS.charAt(rng.nextInt(VALUE_CHARS.length())));
                    case 1 -> s.deleteCharAt(at);
                    case 2 -> s.insert(at, VALUE_CHARS.charAt(rng.nextInt(VALUE_CHARS.length())));
                    default -> s.setLength(at);
                }
            }
            for (KeptFields format : new KeptFields[] {NAMED, ANONYMOUS}) {
                try {
                    format.read(s.toString());
                    read++;
                } catch (IllegalArgumentException expected) {
                    refused++;
                    String m = expected.getMessage();
                    assertTrue(m.equals("the kept data is not a test record") || m.startsWith(KeptFields.DAMAGED), m);
                } catch (RuntimeException other) {
                    fail("'" + s + "' threw " + other);
                }
            }
        }
        assertTrue(read > 100 && refused > 1000, "both outcomes are met: " + read + " read, " + refused + " refused");
    }

    @Test
    void eachRecordKeepsItsOwnWordsForDamage() {
        assertEquals("the kept data is not a test record",
                assertThrows(IllegalArgumentException.class, () -> NAMED.read("test record 2\n")).getMessage());
        assertEquals("the kept data is not a test record",
                assertThrows(IllegalArgumentException.class, () -> ANONYMOUS.read(null)).getMessage());
        String noLength = HEADER + "\ntable:x:abc\n";
        assertEquals("the kept data is damaged: the field 'table' has no length", message(NAMED, noLength));
        assertEquals("the kept data is damaged: a field has no length", message(ANONYMOUS, noLength));
        String cut = HEADER + "\na-very-long-key-of-thirty-chars:5:abc\n";
        assertEquals("the kept data is damaged: the field 'a-very-long-key-of-t...' is cut short", message(NAMED, cut));
        assertEquals("the kept data is damaged: a field is cut short", message(ANONYMOUS, cut));
        assertEquals("the kept data is damaged: a field without its length at character 15",
                message(NAMED, HEADER + "\nin-use\n"));
        assertEquals(Map.of(), NAMED.read(HEADER + "\n"), "a header alone holds no fields");
    }

    @Test
    void aRefusalFromAValueBecomesADamageMessageOnce() {
        IllegalArgumentException already = KeptFields.damaged("the images are cut short");
        assertSame(already, KeptFields.asDamage(already));
        assertEquals("the kept data is damaged: No enum constant X", KeptFields.asDamage(new IllegalArgumentException("No enum constant X")).getMessage());
        assertEquals("the kept data is damaged: a value is not one the page knows",
                KeptFields.asDamage(new IllegalArgumentException()).getMessage());
        assertTrue(KeptFields.allDigits("0123456789"));
        assertTrue(!KeptFields.allDigits("") && !KeptFields.allDigits("12a") && !KeptFields.allDigits("-1"));
    }

    private static String message(KeptFields format, String text) {
        return assertThrows(IllegalArgumentException.class, () -> format.read(text)).getMessage();
    }
}
