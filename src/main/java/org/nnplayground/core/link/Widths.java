package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;

/**
 * The hidden layers' widths as a link gives them ({@code h=}), before they are cut to the limits,
 * with how each one reads in a notice: the number, or the text as written when it was too large to
 * hold.
 */
record Widths(List<Integer> sizes, List<String> written) {
    Widths {
        sizes = List.copyOf(sizes);
        written = List.copyOf(written);
    }

    /** Widths that read as their numbers. */
    static Widths of(List<Integer> sizes) {
        List<String> written = new ArrayList<>();
        for (int w : sizes) {
            written.add(Integer.toString(w));
        }
        return new Widths(sizes, written);
    }

    int count() {
        return sizes.size();
    }
}
