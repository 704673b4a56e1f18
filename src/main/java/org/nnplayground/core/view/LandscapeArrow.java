package org.nnplayground.core.view;

/**
 * The gradient arrow of the loss landscape: from the current point along minus the gradient
 * (downhill), at a fixed readable length since the true size would be anything from invisible to
 * off the chart, with the true size written next to its tip.
 */
final class LandscapeArrow {
    static final double SHAFT_WIDTH = 2;
    static final double HEAD = 8;
    private static final double MIN_LENGTH = 24;
    private static final double MAX_LENGTH = 60;

    private LandscapeArrow() {
    }

    /** The arrow's length in pixels for a plot of this size. */
    static double length(PlotFrame f) {
        return Math.max(MIN_LENGTH, Math.min(MAX_LENGTH, 0.16 * Math.min(f.width(), f.height())));
    }

    /** The label for a gradient of size {@code magnitude}. */
    static String label(double magnitude) {
        return "|\u2207L| = " + NumberFormat.significant(magnitude, 3);
    }

    /**
     * Draws the arrow at (w, b) for the gradient (gw, gb) = (dL/dw, dL/db); nothing when the
     * gradient is not finite, and only the label when it is zero.
     */
    static void paint(DrawSurface s, PlotFrame f, double w, double b, double gw, double gb) {
        double m = Math.max(Math.abs(gw), Math.abs(gb));
        if (m - m != 0.0) {
            return;
        }
        double x = f.px(w);
        double y = f.py(b);
        if (m == 0.0) {
            paintLabel(s, f, label(0), x + 8, y, 1, 0);
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
        double length = length(f);
        double tipX = x + ux * length;
        double tipY = y + uy * length;
        double baseX = tipX - ux * HEAD;
        double baseY = tipY - uy * HEAD;
        double sideX = -uy * HEAD * 0.5;
        double sideY = ux * HEAD * 0.5;
        for (int pass = 0; pass < 2; pass++) { // a white halo first, so the arrow shows on any colour
            boolean halo = pass == 0;
            s.setStroke(halo ? Colors.WHITE : LandscapePainter.ARROW);
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
        s.setStroke(Colors.WHITE);
        s.setLineWidth(1.5);
        s.stroke();
        s.setFill(LandscapePainter.ARROW);
        s.fill();
        paintLabel(s, f, label(magnitude), tipX + ux * 6, tipY + uy * 6, ux, uy);
    }

    /** The label in a light box beside (x, y), on the side the arrow points to, kept on the surface. */
    private static void paintLabel(DrawSurface s, PlotFrame f, String text, double x, double y, double ux, double uy) {
        s.setFont(LandscapePainter.FONT, false);
        double tw = s.textWidth(text);
        double h = LandscapePainter.FONT + 4;
        double left = ux >= 0 ? x : x - tw;
        double cy = uy > 0 ? y + h / 2 : y - h / 2;
        left = Math.max(2, Math.min(s.width() - tw - 2, left));
        cy = Math.max(f.top() + h / 2, Math.min(f.bottom() - h / 2, cy));
        s.setFill(Colors.withAlpha(Colors.WHITE, 0.85));
        s.fillRect(left - 3, cy - h / 2, tw + 6, h);
        s.setFill(LandscapePainter.ARROW);
        s.fillText(text, left, cy, -1);
    }
}
