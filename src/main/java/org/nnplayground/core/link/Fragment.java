package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;

/**
 * The key=value pairs of a URL fragment, in order, percent-decoded (UTF-8). Never throws: a pair
 * without '=' has an empty value, broken escapes are kept as they are.
 */
final class Fragment {
    /** One pair. */
    record Pair(String key, String value) {
    }

    private static final String HEX = "0123456789ABCDEF";

    /** The most pairs read from one fragment; the rest is ignored (and reported). */
    static final int MAX_PAIRS = 200;
    /** The longest fragment read; anything beyond is ignored (and reported). */
    static final int MAX_LENGTH = 100_000;

    private Fragment() {
    }

    static List<Pair> parse(String fragment) {
        List<Pair> pairs = new ArrayList<>();
        if (fragment == null) {
            return pairs;
        }
        String text = fragment.startsWith("#") ? fragment.substring(1) : fragment;
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        int start = 0;
        while (start <= text.length() && pairs.size() < MAX_PAIRS) {
            int amp = text.indexOf('&', start);
            int end = amp < 0 ? text.length() : amp;
            if (end > start) {
                String part = text.substring(start, end);
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                String value = eq < 0 ? "" : part.substring(eq + 1);
                pairs.add(new Pair(decode(key), decode(value)));
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return pairs;
    }

    /** Percent-decoding with '+' kept as '+'; invalid escapes and bytes stay as they are. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] bytes = new byte[s.length()];
        int n = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = -1;
            int lo = -1;
            if (c == '%' && i + 2 < s.length()) {
                hi = LinkNumbers.hexDigit(s.charAt(i + 1));
                lo = LinkNumbers.hexDigit(s.charAt(i + 2));
            }
            if (hi >= 0 && lo >= 0) {
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
                continue;
            }
            if (n > 0) {
                out.append(Utf8.decode(bytes, n));
                n = 0;
            }
            out.append(c);
        }
        if (n > 0) {
            out.append(Utf8.decode(bytes, n));
        }
        return out.toString();
    }

    /** Percent-encodes everything but letters, digits and - _ . , ~ (so values read well and stay in one pair). */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = Utf8.encode(s);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == ',' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return out.toString();
    }
}
