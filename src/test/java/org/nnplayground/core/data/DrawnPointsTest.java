package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The drawn point set: points land on the grid, stay in range, are erased by the nearest hit. */
class DrawnPointsTest {
    @Test
    void pointsLandOnTheGridAsExactBinaryFractions() {
        DrawnPoints p = DrawnPoints.empty(ProblemType.CLASSIFICATION).with(1.2345, -3.3, 1).with(0, 0, 0);
        assertEquals(2, p.size());
        double step = 1.0 / 256;
        assertEquals(Math.round(1.2345 / step) * step, p.x1(0), 0.0);
        assertEquals(Math.round(-3.3 / step) * step, p.x2(0), 0.0);
        assertTrue(Math.abs(p.x1(0) - 1.2345) <= step / 2);
        assertEquals(1, p.label(0));
        assertEquals(0.0, p.x1(1), 0.0);
        assertEquals(0.0, p.x2(1), 0.0);
        // Putting a grid value on the grid again changes nothing: what a link replays is what was drawn.
        DrawnPoints again = DrawnPoints.empty(ProblemType.CLASSIFICATION).with(p.x1(0), p.x2(0), 1);
        assertEquals(p.x1(0), again.x1(0), 0.0);
        assertEquals(p.x2(0), again.x2(0), 0.0);
    }

    @Test
    void valuesBeyondTheRangeAreHeldAtItsEdges() {
        DrawnPoints s = DrawnPoints.empty(ProblemType.REGRESSION_2D).with(100, -100, 7.5);
        assertEquals(6 - 1.0 / 256, s.x1(0), 0.0);
        assertEquals(-6.0, s.x2(0), 0.0);
        assertEquals(2 - 1.0 / 1024, s.target(0), 0.0);
        DrawnPoints c = DrawnPoints.empty(ProblemType.REGRESSION_1D).with(-0.5, 1.25, 99);
        assertEquals(-0.5, c.x1(0), 0.0);
        assertEquals(1.25, c.x2(0), 0.0);
        assertEquals(1.25, c.target(0), 0.0, "a curve's target is its y");
        assertEquals(new Domain(-1.5, 1.5, -2, 2), c.domain());
        assertEquals(Domain.INPUT_SQUARE, s.domain());
    }

    @Test
    void classesMustBeOnesTheProblemHas() {
        DrawnPoints two = DrawnPoints.empty(ProblemType.CLASSIFICATION);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> two.with(0, 0, 2));
        assertEquals("Class 3 is not one of the 2 classes a drawing of CLASSIFICATION has.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> two.with(0, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> two.with(Double.NaN, 0, 0));
        DrawnPoints many = DrawnPoints.empty(ProblemType.MULTICLASS).with(1, 1, 7).with(2, 2, 4);
        assertEquals(8, many.classCount());
        assertThrows(IllegalArgumentException.class, () -> many.with(0, 0, 8));
        assertEquals(2, DrawnPoints.empty(ProblemType.MULTICLASS).with(0, 0, 0).classCount());
    }

    @Test
    void aDrawingHoldsAtMostItsLimit() {
        DrawnPoints p = DrawnPoints.empty(ProblemType.REGRESSION_1D);
        for (int i = 0; i < DrawnPoints.MAX_POINTS; i++) {
            p = p.with(i * 1e-3 - 1, 0, 0);
        }
        assertTrue(!p.fitsInLink());
        DrawnPoints full = p;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> full.with(0, 0, 0));
        assertEquals("A drawing holds at most 2000 points; erase some first.", e.getMessage());
    }

    @Test
    void erasingRemovesThePointUnderThePointerMeasuredOnTheScreen() {
        DrawnPoints p = DrawnPoints.empty(ProblemType.CLASSIFICATION).with(0, 0, 0).with(1, 0, 1).with(0, 1, 1);
        // 10 px per unit across, 40 px per unit up: (0.3, 0.2) is 3 px from (0, 0) across and 8 px up.
        assertEquals(0, p.nearest(0.3, 0.2, 10, 40, 10));
        assertEquals(-1, p.nearest(0.3, 0.3, 10, 40, 10), "12.4 px away: beyond a radius of 10");
        assertEquals(1, p.nearest(0.9, 0.05, 10, 40, 10));
        DrawnPoints left = p.without(0);
        assertEquals(2, left.size());
        assertEquals(1.0, left.x1(0), 0.0);
        assertEquals(1.0, left.x2(1), 0.0);
        assertEquals(-1, DrawnPoints.empty(ProblemType.CLASSIFICATION).nearest(0, 0, 1, 1, 100));
        // Two points on the same grid step: the one drawn last goes first.
        DrawnPoints twice = DrawnPoints.empty(ProblemType.CLASSIFICATION).with(2, 2, 0).with(2, 2, 1);
        assertEquals(1, twice.nearest(2, 2, 10, 10, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> left.without(2));
    }

    @Test
    void equalSetsAreEqual() {
        DrawnPoints a = DrawnPoints.empty(ProblemType.REGRESSION_2D).with(1, 2, 0.5);
        DrawnPoints b = DrawnPoints.empty(ProblemType.REGRESSION_2D).with(1.0001, 2, 0.5);
        assertEquals(a, b, "the same grid steps");
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(!a.equals(DrawnPoints.empty(ProblemType.CLASSIFICATION)));
    }
}
