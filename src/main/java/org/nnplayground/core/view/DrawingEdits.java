package org.nnplayground.core.view;

import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.ProblemType;

/**
 * What a click or a key does to a drawing on the output view: adds a point where the pointer is
 * (of the chosen class, or the chosen value on a surface; on a curve its y is where the pointer
 * is), or erases the point nearest to it within a radius measured on the screen. The page turns
 * pointer and key events into these calls; the maths of where and which is here, tested.
 */
public final class DrawingEdits {
    /** How far from the pointer, in CSS pixels, the eraser reaches. */
    public static final double ERASE_RADIUS = 12;
    /** The keyboard cursor's eraser reach: larger, as the cursor moves in steps. */
    public static final double KEY_ERASE_RADIUS = 24;
    /** Keyboard cursor steps across the view: an arrow key moves it 1/{@value} of the way. */
    public static final int KEY_STEPS = 40;

    private DrawingEdits() {
    }

    /**
     * The drawing after a click at pixel (px, py) of the view whose last paint left {@code frame}:
     * with a new point ({@code erase} false; {@code choice} is the class or a surface's value) or
     * without the nearest point; {@code points} itself when the pixel is outside the plot or no
     * point is near enough to erase.
     *
     * @throws IllegalArgumentException when the drawing is full (its message says so)
     */
    public static DrawnPoints click(DrawnPoints points, PlotFrame frame, double px, double py, boolean erase, double choice) {
        if (!frame.contains(px, py)) {
            return points;
        }
        return at(points, frame, frame.dataX(px), frame.dataY(py), erase, choice, ERASE_RADIUS);
    }

    /** The same at data coordinates (x1, x2), the keyboard cursor's, erasing within {@code radius} pixels. */
    public static DrawnPoints at(DrawnPoints points, PlotFrame frame, double x1, double x2, boolean erase, double choice,
                                 double radius) {
        if (erase) {
            int hit = points.nearest(x1, x2, pixelsPerX(frame), pixelsPerY(frame), radius);
            return hit < 0 ? points : points.without(hit);
        }
        double value = points.problem() == ProblemType.REGRESSION_1D ? 0 : choice;
        return points.with(x1, x2, value);
    }

    /** The keyboard cursor moved {@code dx}, {@code dy} steps (of {@link #KEY_STEPS} per side), held inside the frame: {x1, x2}. */
    public static double[] moveCursor(PlotFrame frame, double x1, double x2, int dx, int dy) {
        double sx = (frame.xMax() - frame.xMin()) / KEY_STEPS;
        double sy = (frame.yMax() - frame.yMin()) / KEY_STEPS;
        double nx = Math.max(frame.xMin(), Math.min(frame.xMax(), x1 + dx * sx));
        double ny = Math.max(frame.yMin(), Math.min(frame.yMax(), x2 + dy * sy));
        return new double[] {nx, ny};
    }

    private static double pixelsPerX(PlotFrame frame) {
        return frame.width() / (frame.xMax() - frame.xMin());
    }

    private static double pixelsPerY(PlotFrame frame) {
        return frame.height() / (frame.yMax() - frame.yMin());
    }
}
