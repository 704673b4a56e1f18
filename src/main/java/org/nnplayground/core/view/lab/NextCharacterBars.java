package org.nnplayground.core.view.lab;

import org.nnplayground.core.data.sequence.CharVocabulary;
import org.nnplayground.core.text.NumberFormat;

/**
 * The likeliest next characters of a character model, as the bars view lists them: the symbols in
 * order of falling probability, each with a name a reader can see (a space is "space"), and the
 * same list in words for screen readers.
 */
public final class NextCharacterBars {
    /** How many characters the view shows. */
    public static final int SHOWN = 10;

    private NextCharacterBars() {
    }

    /**
     * The {@code k} symbols of highest probability in {@code p} (fewer when p is shorter), likeliest
     * first; equal probabilities keep the vocabulary's order.
     */
    public static int[] top(double[] p, int k) {
        int n = Math.min(k, p.length);
        int[] best = new int[n];
        boolean[] taken = new boolean[p.length];
        for (int r = 0; r < n; r++) {
            int pick = -1;
            for (int i = 0; i < p.length; i++) {
                if (!taken[i] && (pick < 0 || p[i] > p[pick])) {
                    pick = i;
                }
            }
            taken[pick] = true;
            best[r] = pick;
        }
        return best;
    }

    /** A character as the bars name it: "space", "new line", "tab", or the character itself. */
    public static String name(char c) {
        switch (c) {
            case ' ':
                return "space";
            case '\n':
                return "new line";
            case '\r':
                return "return";
            case '\t':
                return "tab";
            default:
                return String.valueOf(c);
        }
    }

    /** A probability as the bars write it: "34.2 %". */
    public static String percent(double p) {
        return NumberFormat.fixed(p * 100, 1) + " %";
    }

    /** The list in words: "After “a network ”: e 34.2 %, space 20.1 %, …". */
    public static String describe(String prefix, double[] p, CharVocabulary vocabulary, int k) {
        StringBuilder s = new StringBuilder("Likeliest next characters after \u201C").append(prefix).append("\u201D: ");
        int[] best = top(p, k);
        for (int r = 0; r < best.length; r++) {
            s.append(r == 0 ? "" : ", ").append(name(vocabulary.symbol(best[r]))).append(' ').append(percent(p[best[r]]));
        }
        return s.append('.').toString();
    }
}
