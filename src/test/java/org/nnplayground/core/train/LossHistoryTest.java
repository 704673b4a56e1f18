package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossHistoryTest {
    @Test
    void staysBoundedAndKeepsFirstAndLatest() {
        LossHistory h = new LossHistory();
        for (int e = 1; e <= 1_000_000; e++) {
            h.record(e, 1.0 / e, 2.0 / e, true);
        }
        assertTrue(h.size() <= LossHistory.CAPACITY + 1, "size " + h.size());
        assertTrue(h.size() > LossHistory.CAPACITY / 2, "size " + h.size());
        assertEquals(1, h.epoch(0));
        assertEquals(1_000_000, h.epoch(h.size() - 1));
        assertEquals(1e-6, h.trainLoss(h.size() - 1), 1e-18);
        for (int i = 1; i < h.size(); i++) {
            assertTrue(h.epoch(i) > h.epoch(i - 1), "epochs increase");
            assertEquals(2 * h.trainLoss(i), h.testLoss(i), 1e-15);
        }
    }

    @Test
    void ignoresNonFiniteLossesAndGoingBack() {
        LossHistory h = new LossHistory();
        h.record(1, 0.5, 0.6, true);
        h.record(2, Double.NaN, 0.6, true);
        h.record(3, 0.4, Double.POSITIVE_INFINITY, true);
        h.record(1, 0.3, 0.3, true);
        assertEquals(1, h.size());
        h.record(4, 0.2, 0.0, false);
        assertEquals(2, h.size());
        h.clear();
        assertEquals(0, h.size());
    }
}
