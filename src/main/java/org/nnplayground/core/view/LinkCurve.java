package org.nnplayground.core.view;

/**
 * The shape of a link in the network graph: a cubic Bezier from (x0, y0) to (x1, y1) whose two
 * control points both sit at the middle x, (xm, y0) and (xm, y1), leaving each node horizontally.
 *
 * <p>With that choice the curve's x does not depend on y0 and y1, so for a pointer at x every link
 * between two columns is at the same curve parameter t, and its y there is a plain blend of its end
 * heights. Hit testing thousands of links is then one solve for t plus a multiply-add per link,
 * exact rather than sampled, and allocation-free.
 */
final class LinkCurve {
    private LinkCurve() {
    }

    /** Draws the link as one path segment (the caller begins and strokes the path). */
    static void trace(DrawSurface s, double x0, double y0, double x1, double y1) {
        double xm = (x0 + x1) / 2;
        s.moveTo(x0, y0);
        s.bezierTo(xm, y0, xm, y1, x1, y1);
    }

    /** Fraction u in [0, 1] of the way from x0 to x1 at parameter t: 1.5 t (1 - t) + t^3. */
    static double xFraction(double t) {
        return 1.5 * t * (1 - t) + t * t * t;
    }

    /** The parameter t at which the curve's x is the fraction {@code u} of the way (u clamped to [0, 1]). */
    static double parameterAt(double u) {
        double target = Math.max(0, Math.min(1, u));
        double t = target;
        for (int k = 0; k < 8; k++) {
            // Newton's method: du/dt = 1.5 (1 - 2t + 2t^2) >= 0.75, so every step is well defined.
            double slope = 1.5 * (1 - 2 * t + 2 * t * t);
            t -= (xFraction(t) - target) / slope;
            t = Math.max(0, Math.min(1, t));
        }
        return t;
    }

    /** Weight of y1 in the curve's y at parameter t: 3t^2 - 2t^3. */
    static double yBlend(double t) {
        return t * t * (3 - 2 * t);
    }

    /** dy/dx of a link per unit of (y1 - y0), at parameter t, for columns {@code dx} apart. */
    static double slopeFactor(double t, double dx) {
        double dBlend = 6 * t * (1 - t);
        double dFraction = 1.5 * (1 - 2 * t + 2 * t * t);
        return dBlend / (dFraction * dx);
    }

    /**
     * Distance from pixel (px, py) to the link, approximated at the pointer's x by the vertical gap
     * times the cosine of the curve's slope; beyond the ends, the distance to the nearer end.
     */
    static double distance(double px, double py, double x0, double y0, double x1, double y1) {
        if (px <= x0) {
            return Math.sqrt((px - x0) * (px - x0) + (py - y0) * (py - y0));
        }
        if (px >= x1) {
            return Math.sqrt((px - x1) * (px - x1) + (py - y1) * (py - y1));
        }
        double t = parameterAt((px - x0) / (x1 - x0));
        return distanceAt(py, y0, y1, yBlend(t), slopeFactor(t, x1 - x0));
    }

    /** The distance for a known blend and slope factor at the pointer's x (see {@link #distance}). */
    static double distanceAt(double py, double y0, double y1, double blend, double slopeFactor) {
        double dy = y1 - y0;
        double y = y0 + dy * blend;
        double slope = dy * slopeFactor;
        return Math.abs(py - y) / Math.sqrt(1 + slope * slope);
    }
}
