package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

class NiceTicksTest {
    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(2.0, NiceTicks.niceStep(10, 5));
        assertEquals(0.2, NiceTicks.niceStep(1, 5));
        assertEquals(0.02, NiceTicks.niceStep(0.07, 5));
        assertEquals(50.0, NiceTicks.niceStep(100, 4));
        assertEquals(1.0, NiceTicks.niceStep(0, 5));
        assertEquals(1.0, NiceTicks.niceStep(Double.NaN, 5));
    }

    @Test
    void withinStaysInsideTheRange() {
        NiceTicks t = new NiceTicks().within(-6, 6, 6);
        assertEquals(2.0, t.step());
        assertEquals(7, t.count());
        assertEquals(-6.0, t.first());
        assertEquals(6.0, t.last());
        assertEquals("-6", t.label(0));
    }

    @Test
    void coveringWidensToWholeSteps() {
        NiceTicks t = new NiceTicks().covering(0, 0.73, 5);
        assertEquals(0.2, t.step());
        assertEquals(0.0, t.first());
        assertEquals(0.8, t.last());
        assertEquals(0.6, t.value(3)); // exactly, not 0.6000000000000001
        assertEquals("0.6", t.label(3));
    }

    @Test
    void coveringHoldsEveryRandomRangeWithFewNiceTicks() {
        Rng rng = new Rng(11);
        for (int k = 0; k < 2000; k++) {
            double scale = Math.pow(10, rng.nextInt(16) - 8);
            double a = rng.uniform(-1, 1) * scale;
            double b = a + rng.nextDouble() * scale;
            int budget = 2 + rng.nextInt(10);
            NiceTicks t = new NiceTicks().covering(a, b, budget);
            assertTrue(t.first() <= a && t.last() >= b, a + ".." + b + " in " + t.first() + ".." + t.last());
            assertTrue(t.count() <= budget + 2, "count " + t.count() + " for budget " + budget);
            assertNice(t.step());
            for (int i = 1; i < t.count(); i++) {
                assertEquals(t.step(), t.value(i) - t.value(i - 1), t.step() * 1e-6);
            }
        }
    }

    static void assertNice(double step) {
        double e = Math.floor(Math.log10(step));
        double m = step / Math.pow(10, e);
        assertTrue(Math.abs(m - 1) < 1e-9 || Math.abs(m - 2) < 1e-9 || Math.abs(m - 5) < 1e-9
                || Math.abs(m - 10) < 1e-9, "step " + step + " is not 1, 2 or 5 times a power of ten");
    }
}
