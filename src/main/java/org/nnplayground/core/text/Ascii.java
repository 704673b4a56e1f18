package org.nnplayground.core.text;

/**
 * Case and digits for the playground's own texts (labels, names, link values), which are ASCII.
 * {@link String#toLowerCase()} and {@link Character#isDigit(char)} look characters up in Unicode's
 * tables, which the browser builds would then carry (about 4 KB gzip in a module): these look at
 * ASCII only and leave every other character as it is.
 */
public final class Ascii {
    private Ascii() {
    }

    /** {@code text} with A to Z as a to z, every other character unchanged. */
    public static String lower(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append((char) (c - 'A' + 'a'));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether {@code c} is one of 0 to 9. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
