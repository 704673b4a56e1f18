package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.ProblemType;

/** Clicks and keys on a drawing: a point where the pointer is, the eraser's reach in pixels, the cursor held inside. */
class DrawingEditsTest {
    /** A 240 x 120 px plot at (40, 10) showing [-6, 6] x [-6, 6]: 20 px per unit across, 10 up. */
    private static PlotFrame frame() {
        return new PlotFrame().place(40, 10, 240, 120).range(-6, 6, -6, 6);
    }

    @Test
    void aClickAddsAPointOfTheChosenClassWhereThePointerIs() {
        DrawnPoints empty = DrawnPoints.empty(ProblemType.MULTICLASS);
        DrawnPoints one = DrawingEdits.click(empty, frame(), 40 + 140, 10 + 30, false, 4);
        assertEquals(1, one.size());
        assertEquals(1.0, one.x1(0), 0.0);
        assertEquals(3.0, one.x2(0), 0.0);
        assertEquals(4, one.label(0));
        assertSame(empty, DrawingEdits.click(empty, frame(), 20, 40, false, 0), "left of the plot: nothing");
        assertSame(empty, DrawingEdits.click(empty, frame(), 100, 131, false, 0), "below it");
    }

    @Test
    void onACurveTheClickIsTheValue() {
        PlotFrame f = new PlotFrame().place(0, 0, 300, 400).range(-1.5, 1.5, -2, 2);
        DrawnPoints p = DrawingEdits.click(DrawnPoints.empty(ProblemType.REGRESSION_1D), f, 200, 100, false, 0.7);
        assertEquals(0.5, p.x1(0), 0.0);
        assertEquals(1.0, p.target(0), 0.0);
        DrawnPoints s = DrawingEdits.click(DrawnPoints.empty(ProblemType.REGRESSION_2D), frame(), 160, 70, false, -0.5);
        assertEquals(-0.5, s.target(0), 0.0, "a surface takes the chosen value");
    }

    @Test
    void theEraserReachesTwelvePixelsOnTheScreen() {
        DrawnPoints p = DrawnPoints.empty(ProblemType.CLASSIFICATION).with(0, 0, 0).with(2, 0, 1);
        // (0, 0) is at pixel (160, 70). 11 px to the right is 0.55 units; 11 px up is 1.1 units.
        assertEquals(1, DrawingEdits.click(p, frame(), 171, 70, true, 0).size());
        assertEquals(1, DrawingEdits.click(p, frame(), 160, 59, true, 0).size());
        assertSame(p, DrawingEdits.click(p, frame(), 160, 57, true, 0), "13 px away: nothing erased");
        DrawnPoints left = DrawingEdits.click(p, frame(), 198, 70, true, 0);
        assertEquals(0.0, left.x1(0), 0.0, "the nearer point, (2, 0) at 200 px, went");
        assertEquals(0, DrawingEdits.at(p, frame(), 1.0, 0.0, true, 0, 24).without(0).size(), "the cursor reaches 24 px");
    }

    @Test
    void theKeyboardCursorMovesInStepsAndStaysInside() {
        double[] at = DrawingEdits.moveCursor(frame(), 0, 0, 1, -2);
        assertEquals(0.3, at[0], 1e-12);
        assertEquals(-0.6, at[1], 1e-12);
        double[] edge = DrawingEdits.moveCursor(frame(), 5.9, -5.9, 5, -5);
        assertEquals(6.0, edge[0], 0.0);
        assertEquals(-6.0, edge[1], 0.0);
    }
}
