package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.NumberFormat;

/**
 * The gradient arrow of the loss landscape: from the current point along minus the gradient
 * (downhill), with the true size written next to its tip. Its length follows the gradient's size:
 * full length ({@link #maxLength}) for the steepest gradient in the window (at one of its corners,
 * since the loss is a quadratic) and shorter with the gradient below that (see {@link #length}), so
 * that it shrinks to nothing as the weights reach the minimum. An arrow shorter than its head is not drawn; the label still is.
 * The label keeps clear of a box the caller names (the "min" mark and its word).
 */
final class LandscapeArrow {
    static final double SHAFT_WIDTH = 2;
    static final double HEAD = 8;
    private static final double MIN_LENGTH = 24;
    private static final double MAX_LENGTH = 60;

    private LandscapeArrow() {
    }

    /** The longest arrow, in pixels, for a plot of this size: the cap. */
    static double maxLength(PlotFrame f) {
        return Math.max(MIN_LENGTH, Math.min(MAX_LENGTH, 0.16 * Math.min(f.width(), f.height())));
    }

    /**
     * The arrow's length for a gradient of size {@code magnitude} where {@code full} is the steepest:
     * the cap times the square root of their ratio, so that a gradient a tenth of the steepest still
     * gets a third of the length (readable), while one of 1e-15 gets none.
     */
    static double length(PlotFrame f, double magnitude, double full) {
        double ratio = full > 0 ? magnitude / full : 1;
        return maxLength(f) * Math.sqrt(Math.max(0, Math.min(1, ratio)));
    }

    /** The label for a gradient of size {@code magnitude}. */
    static String label(double magnitude) {
        return "|\u2207L| = " + NumberFormat.significant(magnitude, 3);
    }

    /**
     * Draws the arrow at (w, b) for the gradient (gw, gb) = (dL/dw, dL/db), scaled against a
     * gradient of size {@code full}; nothing when the gradient is not finite, and only the label when
     * it is too small to draw. The label stays out of {@code avoid} (left, top, right, bottom) where it can.
     */
    static void paint(DrawSurface s, PlotFrame f, double w, double b, double gw, double gb, double full,
                      double[] avoid) {
        double m = Math.max(Math.abs(gw), Math.abs(gb));
        if (!Doubles.isFinite(m)) {
            return;
        }
        double x = f.px(w);
        double y = f.py(b);
        if (m == 0.0) {
            paintLabel(s, f, label(0), x + 8, y, 1, 0, avoid);
            return;
        }
        // Minus the gradient, as a pixel direction: w grows rightwards, b upwards (pixel y downwards).
        double ux = -gw / m * f.width() / (f.xMax() - f.xMin());
        double uy = gb / m * f.height() / (f.yMax() - f.yMin());
        double norm = Math.sqrt(ux * ux + uy * uy);
        ux /= norm;
        uy /= norm;
        double gn = gw / m;
        double bn = gb / m;
        double magnitude = m * Math.sqrt(gn * gn + bn * bn);
        double length = length(f, magnitude, full);
        if (length < HEAD + 2) {
            paintLabel(s, f, label(magnitude), x + 8, y, 1, 0, avoid);
            return;
        }
        double tipX = x + ux * length;
        double tipY = y + uy * length;
        double baseX = tipX - ux * HEAD;
        double baseY = tipY - uy * HEAD;
        double sideX = -uy * HEAD * 0.5;
        double sideY = ux * HEAD * 0.5;
        for (int pass = 0; pass < 2; pass++) { // a halo of the ground's colour first: the arrow shows on any colour
            boolean halo = pass == 0;
            s.setStroke(halo ? s.palette().background() : LandscapePainter.arrow(s.palette()));
            s.setLineWidth(halo ? SHAFT_WIDTH + 2.5 : SHAFT_WIDTH);
            s.beginPath();
            s.moveTo(x, y);
            s.lineTo(baseX, baseY);
            s.stroke();
        }
        s.beginPath();
        s.moveTo(tipX, tipY);
        s.lineTo(baseX + sideX, baseY + sideY);
        s.lineTo(baseX - sideX, baseY - sideY);
        s.closePath();
        s.setStroke(s.palette().background());
        s.setLineWidth(1.5);
        s.stroke();
        s.setFill(LandscapePainter.arrow(s.palette()));
        s.fill();
        paintLabel(s, f, label(magnitude), tipX + ux * 6, tipY + uy * 6, ux, uy, avoid);
    }

    /**
     * The label in a light box beside (x, y), on the side the arrow points to, kept on the surface;
     * when that box would cover {@code avoid}, the first of the other corners around (x, y) that does not.
     */
    private static void paintLabel(DrawSurface s, PlotFrame f, String text, double x, double y, double ux, double uy,
                                   double[] avoid) {
        s.setFont(LandscapePainter.FONT, false);
        double tw = s.textWidth(text);
        double h = LandscapePainter.FONT + 4;
        double left = 0;
        double cy = 0;
        for (int k = 0; k < 5; k++) {
            // k = 0: where the arrow points; then below right, below left, above left, above right.
            boolean right = k == 0 ? ux >= 0 : k == 1 || k == 4;
            boolean below = k == 0 ? uy > 0 : k == 1 || k == 2;
            left = clamp(right ? x : x - tw - 20, 2, s.width() - tw - 2);
            cy = clamp(below ? y + h / 2 + 8 : y - h / 2 - 8, f.top() + h / 2, f.bottom() - h / 2);
            if (avoid == null || !overlaps(left - 3, cy - h / 2, left + tw + 3, cy + h / 2, avoid)) {
                break;
            }
            if (k == 4) { // nowhere is free: the place the arrow points to, as before
                left = clamp(ux >= 0 ? x : x - tw, 2, s.width() - tw - 2);
                cy = clamp(uy > 0 ? y + h / 2 : y - h / 2, f.top() + h / 2, f.bottom() - h / 2);
            }
        }
        s.setFill(Colors.withAlpha(s.palette().background(), 0.85));
        s.fillRect(left - 3, cy - h / 2, tw + 6, h);
        s.setFill(LandscapePainter.arrow(s.palette()));
        s.fillText(text, left, cy, -1);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Whether the box (l, t, r, b) meets {@code box} (left, top, right, bottom). */
    static boolean overlaps(double l, double t, double r, double b, double[] box) {
        return l < box[2] && r > box[0] && t < box[3] && b > box[1];
    }
}
