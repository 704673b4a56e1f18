package org.nnplayground.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Properties of {@link DecimatingSeries} over seeded random runs: it never keeps more than its
 * capacity, keeps the first and the latest point, and thins evenly (every gap between kept points is
 * at least the stride and at most the stride times the largest gap between arriving keys, so with
 * consecutive keys exactly the stride).
 */
class DecimatingSeriesTest {

    /** A history of keys only: the rows the series tells its owner to keep. */
    private static final class KeyRows {
        final long[] keys;
        final DecimatingSeries series;

        KeyRows(int capacity) {
            keys = new long[capacity + 1];
            series = new DecimatingSeries(capacity, (from, to) -> {
                assertTrue(to < from, "rows move towards the front");
                keys[to] = keys[from];
            });
        }

        void add(long key) {
            keys[series.slotFor(key)] = key;
        }
    }

    @Test
    void randomRunsKeepTheBoundTheEndsAndEvenGaps() {
        Rng rng = new Rng(20261201L);
        for (int run = 0; run < 300; run++) {
            int capacity = 2 * (1 + rng.nextInt(40));
            int maxGap = run % 3 == 0 ? 1 : 1 + rng.nextInt(6);
            int points = rng.nextInt(30 * capacity);
            KeyRows h = new KeyRows(capacity);
            long first = rng.nextInt(100);
            long key = first;
            for (int p = 0; p < points; p++) {
                h.add(key);
                checkInvariants(h, first, key, maxGap, "run " + run + ", point " + p);
                key += 1 + rng.nextInt(maxGap);
            }
        }
    }

    private static void checkInvariants(KeyRows h, long first, long latest, int maxGap, String where) {
        DecimatingSeries s = h.series;
        int cap = s.capacity();
        assertTrue(s.stored() <= cap, where + ": at most the capacity is kept");
        assertEquals(s.stored() + (s.pending() ? 1 : 0), s.size(), where);
        assertEquals(first, h.keys[0], where + ": the first point stays");
        assertEquals(latest, h.keys[s.size() - 1], where + ": the latest point is present");
        if (s.stride() > 1) {
            assertTrue(s.stored() >= cap / 2, where + ": thinning drops no more than half");
        }
        for (int i = 1; i < s.stored(); i++) {
            long gap = h.keys[i] - h.keys[i - 1];
            assertTrue(gap >= s.stride() && gap <= s.stride() * maxGap,
                    where + ": gap " + gap + " at " + i + " for stride " + s.stride());
        }
        if (s.pending()) {
            long wait = latest - h.keys[s.stored() - 1];
            assertTrue(wait > 0 && wait < s.stride(), where + ": the waiting point falls between strides");
        }
    }

    @Test
    void consecutiveKeysThinToEveryOtherThenEveryFourth() {
        KeyRows h = new KeyRows(4);
        for (long k = 0; k <= 8; k++) {
            h.add(k);
        }
        // 0..3 kept; 4 thins to 0, 2 and keeps 4; 5 waits; 6 fills; 7 waits; 8 thins to 0, 4 and keeps 8.
        assertEquals(4, h.series.stride());
        assertEquals(3, h.series.size());
        assertEquals(0, h.keys[0]);
        assertEquals(4, h.keys[1]);
        assertEquals(8, h.keys[2]);
    }

    @Test
    void clearStartsAfresh() {
        KeyRows h = new KeyRows(2);
        for (long k = 0; k < 10; k++) {
            h.add(k);
        }
        h.series.clear();
        assertEquals(0, h.series.size());
        assertEquals(1, h.series.stride());
        h.add(100);
        h.add(101);
        assertEquals(2, h.series.size());
        assertEquals(101, h.keys[1]);
    }

    @Test
    void anOddOrTooSmallCapacityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DecimatingSeries(3, (a, b) -> { }));
        assertThrows(IllegalArgumentException.class, () -> new DecimatingSeries(0, (a, b) -> { }));
    }
}
