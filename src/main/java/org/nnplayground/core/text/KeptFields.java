package org.nnplayground.core.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The text format of the records the page keeps in the browser's own storage (the playground's own
 * data and the lab's): a first line, the record's header, then one field per entry as
 * {@code key:length:value} and a line break, the value being exactly {@code length} characters (so it
 * may hold anything, line breaks and colons too). A key holds no colon. When a key comes twice, the
 * first value counts; the record decides what to do with keys it does not know (skip them, so that a
 * later version can add fields).
 *
 * <p>One instance per kind of record: it knows the header and the words that name the record when
 * the text is not one, and whether its damage messages name the field's key ("the field 'table' is
 * cut short") or not ("a field is cut short"). Every refusal is an {@link IllegalArgumentException}
 * whose message starts with "the kept data is", never another exception.
 */
public final class KeptFields {
    /** How every damage message starts. */
    public static final String DAMAGED = "the kept data is damaged: ";
    /** The longest length a field may state: nine digits always fit an int. */
    private static final int MAX_LENGTH_DIGITS = 9;
    /** The longest key a damage message repeats in full. */
    private static final int MAX_KEY_SHOWN = 20;

    private final String header;
    private final String what;
    private final boolean namesKeys;

    /**
     * @param header    the record's first line (without its line break)
     * @param what      the record in words, for text that is not one: "the kept data is not " + what
     * @param namesKeys whether a damaged field is named by its key, or only as "a field"
     */
    public KeptFields(String header, String what, boolean namesKeys) {
        if (header == null || header.isEmpty() || header.indexOf('\n') >= 0 || what == null) {
            throw new IllegalArgumentException("a kept record needs a header of one line and its name");
        }
        this.header = header;
        this.what = what;
        this.namesKeys = namesKeys;
    }

    /** A new text holding the header line, for {@link #field} to append to. */
    public StringBuilder start() {
        return new StringBuilder(header).append('\n');
    }

    /**
     * Appends the field {@code key} with {@code value} to {@code s}.
     *
     * @throws IllegalArgumentException when the key holds a colon (it could not be read back)
     */
    public static void field(StringBuilder s, String key, String value) {
        if (key.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a kept field's key holds no colon: " + key);
        }
        s.append(key).append(':').append(value.length()).append(':').append(value).append('\n');
    }

    /**
     * The fields of {@code text}, by key (the first value of a key that comes twice).
     *
     * @throws IllegalArgumentException "the kept data is not ..." when the header is missing, or
     *                                  "the kept data is damaged: ..." saying which field is damaged
     */
    public Map<String, String> read(String text) {
        if (text == null || !text.startsWith(header + "\n")) {
            throw new IllegalArgumentException("the kept data is not " + what);
        }
        Map<String, String> fields = new HashMap<>();
        int at = header.length() + 1;
        while (at < text.length()) {
            int colon = text.indexOf(':', at);
            int second = colon < 0 ? -1 : text.indexOf(':', colon + 1);
            if (second < 0) {
                throw damaged("a field without its length at character " + (at + 1));
            }
            String key = text.substring(at, colon);
            String digits = text.substring(colon + 1, second);
            if (digits.length() > MAX_LENGTH_DIGITS || !allDigits(digits)) {
                throw damaged(named(key) + " has no length");
            }
            int end = second + 1 + Integer.parseInt(digits);
            if (end >= text.length() || end < 0 || text.charAt(end) != '\n') {
                throw damaged(named(key) + " is cut short");
            }
            fields.putIfAbsent(key, text.substring(second + 1, end));
            at = end + 1;
        }
        return fields;
    }

    /** The refusal "the kept data is damaged: " + {@code why}. */
    public static IllegalArgumentException damaged(String why) {
        return new IllegalArgumentException(DAMAGED + why);
    }

    /**
     * {@code e}, a refusal met while building the record from its fields (a value's own reader, an
     * enum's valueOf, the record's checks), as a damage message: unchanged when it already is one,
     * else its message (or "a value is not one the page knows" when it has none) after "the kept data
     * is damaged: ".
     */
    public static IllegalArgumentException asDamage(IllegalArgumentException e) {
        String why = e.getMessage();
        if (why != null && why.startsWith("the kept data is damaged")) {
            return e;
        }
        return damaged(why == null ? "a value is not one the page knows" : why);
    }

    /** Whether {@code text} is one or more of 0-9. */
    public static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private String named(String key) {
        if (!namesKeys) {
            return "a field";
        }
        return "the field '" + (key.length() > MAX_KEY_SHOWN ? key.substring(0, MAX_KEY_SHOWN) + "..." : key) + "'";
    }
}
