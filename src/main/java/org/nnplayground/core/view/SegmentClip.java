package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;

/**
 * Cuts a line segment to the part inside a rectangle (Liang-Barsky), so that a path point far off
 * the view never turns into a huge canvas coordinate, while the visible part keeps its direction.
 * A painter keeps one instance and reads the result from its fields: no allocation per segment.
 */
final class SegmentClip {
    double x0;
    double y0;
    double x1;
    double y1;
    /** Whether the start had to move (the segment enters the rectangle from outside). */
    boolean startMoved;
    private double t0;
    private double t1;

    /**
     * Clips the segment (ax, ay)-(bx, by) to [xMin, xMax] x [yMin, yMax] into {@link #x0} ...
     * {@link #y1}; returns false when nothing of it is inside. An end already inside keeps its exact
     * value.
     */
    boolean clip(double ax, double ay, double bx, double by, double xMin, double yMin, double xMax, double yMax) {
        double dx = bx - ax;
        double dy = by - ay;
        t0 = 0.0;
        t1 = 1.0;
        if (!edge(-dx, ax - xMin) || !edge(dx, xMax - ax) || !edge(-dy, ay - yMin) || !edge(dy, yMax - ay)) {
            return false;
        }
        startMoved = t0 > 0.0;
        x0 = startMoved ? ax + t0 * dx : ax;
        y0 = startMoved ? ay + t0 * dy : ay;
        x1 = t1 < 1.0 ? ax + t1 * dx : bx;
        y1 = t1 < 1.0 ? ay + t1 * dy : by;
        return Doubles.isFinite(x0) && Doubles.isFinite(y0) && Doubles.isFinite(x1) && Doubles.isFinite(y1);
    }

    /** One edge's test: the segment is inside where p t &lt;= q; narrows [t0, t1] accordingly. */
    private boolean edge(double p, double q) {
        if (p == 0.0) {
            return q >= 0.0;
        }
        double r = q / p;
        if (p < 0.0) {
            if (r > t1) {
                return false;
            }
            t0 = Math.max(t0, r);
        } else {
            if (r < t0) {
                return false;
            }
            t1 = Math.min(t1, r);
        }
        return true;
    }
}
