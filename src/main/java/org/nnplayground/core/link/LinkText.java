package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;

/** Text from a link as notices quote it, and the comma-separated lists that links hold. */
final class LinkText {
    private static final int SHOWN_TEXT = 40;

    private LinkText() {
    }

    /** Text from a link, cut short and stripped of control characters, for a notice. */
    static String shown(String text) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length() && s.length() < SHOWN_TEXT; i++) {
            char c = text.charAt(i);
            s.append(c < ' ' || c == 0x7F ? '?' : c);
        }
        return text.length() > SHOWN_TEXT ? s + "…" : s.toString();
    }

    /** Comma-separated parts (at most about a thousand), without regular expressions. */
    static String[] split(String value) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = value.indexOf(',', start);
            parts.add(value.substring(start, comma < 0 ? value.length() : comma));
            if (comma < 0 || parts.size() > 1000) {
                break;
            }
            start = comma + 1;
        }
        return parts.toArray(new String[0]);
    }

    /** A setting's name as it reads inside a sentence: "Learning rate" becomes "learning rate". */
    static String inSentence(String name) {
        char c = name.charAt(0);
        return (c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : String.valueOf(c)) + name.substring(1);
    }
}
