package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;

/**
 * A polyline through a series of points that leaves a gap wherever a point cannot be plotted (a
 * NaN or infinite coordinate) and remembers the last point it drew, so that a painter can mark where
 * the series ends. Shared by the charts that draw a value over epochs.
 *
 * <p>Use: {@link #begin}, one {@link #point} per value in order, {@link #stroke}; then
 * {@link #hasLast}, {@link #lastX} and {@link #lastY}. One instance per painter, reused every frame:
 * it allocates nothing.
 */
final class GappedLine {
    private DrawSurface surface;
    private boolean penDown;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;

    /** Starts a new path on {@code s} (with the stroke style the caller has set). */
    void begin(DrawSurface s) {
        surface = s;
        penDown = false;
        lastX = Double.NaN;
        lastY = Double.NaN;
        s.beginPath();
    }

    /** Continues the line to (x, y); a non-finite coordinate ends the current piece instead. */
    void point(double x, double y) {
        if (!Doubles.isFinite(x) || !Doubles.isFinite(y)) {
            penDown = false;
            return;
        }
        if (penDown) {
            surface.lineTo(x, y);
        } else {
            surface.moveTo(x, y);
            penDown = true;
        }
        lastX = x;
        lastY = y;
    }

    /** Strokes the path built since {@link #begin}. */
    void stroke() {
        surface.stroke();
    }

    /** Whether any point was drawn: then {@link #lastX}, {@link #lastY} is the last one. */
    boolean hasLast() {
        return !Doubles.isNaN(lastX);
    }

    double lastX() {
        return lastX;
    }

    double lastY() {
        return lastY;
    }
}
