package org.nnplayground.core.data.sequence;

import java.util.Arrays;
import org.nnplayground.core.limits.Limits;

/**
 * The characters of a text, each once, in ascending order of their code: symbol {@code i} of a
 * character model is {@link #symbol(int)}. Characters are UTF-16 code units, as Java strings hold
 * them. Immutable.
 */
public final class CharVocabulary {
    /** Most distinct characters a vocabulary may have: one softmax output each, so a layer's width. */
    public static final int MAX_SYMBOLS = Limits.MAX_LAYER_WIDTH;

    private final char[] symbols;

    private CharVocabulary(char[] symbols) {
        this.symbols = symbols;
    }

    /**
     * The vocabulary of {@code text}.
     *
     * @throws IllegalArgumentException when the text has fewer than 2 or more than {@link #MAX_SYMBOLS}
     *     distinct characters
     */
    public static CharVocabulary of(String text) {
        char[] sorted = text.toCharArray();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        if (n < 2 || n > MAX_SYMBOLS) {
            throw new IllegalArgumentException("Text: " + n + " different characters is not allowed; use 2 to "
                    + MAX_SYMBOLS);
        }
        return new CharVocabulary(Arrays.copyOf(sorted, n));
    }

    /** Number of distinct characters. */
    public int size() {
        return symbols.length;
    }

    /** Character of symbol {@code i}. */
    public char symbol(int i) {
        return symbols[i];
    }

    /** Symbol of character {@code c}, or -1 when the text does not have it. */
    public int indexOf(char c) {
        int i = Arrays.binarySearch(symbols, c);
        return i >= 0 ? i : -1;
    }

    /** Whether the vocabulary has {@code c}. */
    public boolean contains(char c) {
        return indexOf(c) >= 0;
    }

    /** The characters in order, as a string. */
    @Override
    public String toString() {
        return new String(symbols);
    }
}
