package org.nnplayground.core.data.image;

/**
 * The digits 0 to 9 as strokes, drawn for this project: each digit is a few polylines in a unit box,
 * x from 0 (left) to 1 (right) and y from 0 (top) to 1 (bottom). Curves are polylines of a handful
 * of points, enough at 12 or 16 pixels. The shapes follow the common handwritten forms (a 1 with a
 * flag and a foot, a 4 open at the top, a 7 without a bar) so that no two digits share their strokes.
 */
final class StrokeFont {
    /** STROKES[digit][polyline] = {x0, y0, x1, y1, ...}. */
    private static final double[][][] STROKES = {
        { // 0: an oval
            {0.5, 0.0, 0.85, 0.12, 1.0, 0.5, 0.85, 0.88, 0.5, 1.0, 0.15, 0.88, 0.0, 0.5, 0.15, 0.12, 0.5, 0.0},
        },
        { // 1: flag, stem, foot
            {0.2, 0.25, 0.55, 0.0, 0.55, 1.0},
            {0.2, 1.0, 0.9, 1.0},
        },
        { // 2: a hook over a diagonal and a base
            {0.05, 0.25, 0.3, 0.02, 0.7, 0.02, 0.95, 0.25, 0.9, 0.45, 0.05, 1.0, 1.0, 1.0},
        },
        { // 3: two bowls open to the left
            {0.05, 0.1, 0.4, 0.0, 0.8, 0.05, 0.95, 0.25, 0.8, 0.43, 0.4, 0.48},
            {0.4, 0.48, 0.85, 0.55, 1.0, 0.75, 0.85, 0.95, 0.45, 1.0, 0.05, 0.9},
        },
        { // 4: open top, crossbar, stem
            {0.7, 0.0, 0.0, 0.7, 1.0, 0.7},
            {0.75, 0.35, 0.75, 1.0},
        },
        { // 5: top bar, short stem, a bowl
            {0.95, 0.0, 0.15, 0.0, 0.1, 0.45, 0.55, 0.38, 0.9, 0.55, 0.95, 0.8, 0.7, 1.0, 0.3, 1.0, 0.0, 0.88},
        },
        { // 6: a long curve into a bottom loop
            {0.85, 0.05, 0.5, 0.0, 0.15, 0.2, 0.0, 0.6, 0.1, 0.9, 0.45, 1.0, 0.85, 0.92, 1.0, 0.68, 0.8, 0.45,
                0.4, 0.42, 0.05, 0.62},
        },
        { // 7: top bar and a diagonal
            {0.0, 0.0, 1.0, 0.0, 0.35, 1.0},
        },
        { // 8: two loops
            {0.5, 0.47, 0.15, 0.34, 0.15, 0.1, 0.5, 0.0, 0.85, 0.1, 0.85, 0.34, 0.5, 0.47},
            {0.5, 0.47, 0.95, 0.62, 0.95, 0.88, 0.5, 1.0, 0.05, 0.88, 0.05, 0.62, 0.5, 0.47},
        },
        { // 9: a top loop into a long tail
            {0.95, 0.38, 0.6, 0.58, 0.2, 0.55, 0.0, 0.32, 0.15, 0.05, 0.5, 0.0, 0.85, 0.08, 1.0, 0.4, 0.85, 0.8,
                0.5, 1.0, 0.15, 0.95},
        },
    };

    private StrokeFont() {
    }

    /**
     * Draws {@code digit} into {@code raster} in the box of top left corner (left, top), {@code width}
     * by {@code height} pixels, with strokes of {@code thickness} pixels.
     */
    static void draw(Raster raster, int digit, double left, double top, double width, double height, double thickness) {
        for (double[] line : STROKES[digit]) {
            int n = line.length / 2;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = left + line[2 * i] * width;
                ys[i] = top + line[2 * i + 1] * height;
            }
            raster.polyline(xs, ys, thickness);
        }
    }
}
