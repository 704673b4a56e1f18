package org.nnplayground.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Per-call costs of pieces of the training loop, by piece and implementation. */
final class Pieces {
    /** One piece: its unit and the measurements per implementation. */
    record Piece(String unit, Map<String, Stats> byImpl) {
    }

    final Map<String, Piece> all = new LinkedHashMap<>();

    void put(String name, String unit, Map<String, Stats> byImpl) {
        all.put(name, new Piece(unit, byImpl));
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** The median of one piece and implementation, or NaN. */
    double median(String name, String impl) {
        Piece p = all.get(name);
        return p == null || !p.byImpl().containsKey(impl) ? Double.NaN : p.byImpl().get(impl).median();
    }
}
