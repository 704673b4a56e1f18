package org.nnplayground.core.view;

import org.nnplayground.core.data.Dataset;

/**
 * Draws a dataset's points on a {@link PlotFrame}: training points filled with a white outline,
 * test points with a dark, thicker outline, so that both read on any heatmap colour. A class's
 * outlines are drawn before its fills, so that a dense cluster still shows its class colour.
 *
 * <p>2-D classification points take their class colour, 2-D regression points the diverging colour
 * of their target; 1-D points sit at (x, target). Points of one class share one path, so ten
 * thousand points cost a handful of fill calls.
 */
final class DataPointsPainter {
    /** Colour of 1-D training points. */
    static final int CURVE_TRAIN = Colors.NEGATIVE;
    /** Outline of test points. */
    static final int TEST_OUTLINE = 0xFF1A1A1A;

    private DataPointsPainter() {
    }

    /** A radius that suits the plot size and the number of points. */
    static double radius(PlotFrame f, int points) {
        double r = Math.min(f.width(), f.height()) / 90.0;
        if (points > 1000) {
            r *= 0.75;
        }
        return Math.max(1.8, Math.min(3.5, r));
    }

    /** Paints the points of {@code data}; {@code test} selects the test style. */
    static void paint(DrawSurface s, PlotFrame f, Dataset data, boolean test, double r) {
        if (data.size() == 0) {
            return;
        }
        s.setDash(0);
        s.setLineWidth(test ? 1.5 : 1);
        s.setStroke(test ? TEST_OUTLINE : Colors.WHITE);
        if (data.dimension() == 1) {
            paintCurvePoints(s, f, data, test, r);
        } else if (data.problem().isClassification()) {
            for (int k = 0; k < data.numClasses(); k++) {
                paintClass(s, f, data, k, r);
            }
        } else {
            for (int i = 0; i < data.size(); i++) {
                s.setFill(Colors.diverging(data.target(i)));
                s.beginPath();
                s.circle(f.px(data.x1(i)), f.py(data.x2(i)), r);
                s.fill();
                s.stroke();
            }
        }
    }

    private static void paintClass(DrawSurface s, PlotFrame f, Dataset data, int k, double r) {
        boolean any = false;
        s.beginPath();
        for (int i = 0; i < data.size(); i++) {
            if (data.label(i) == k) {
                s.circle(f.px(data.x1(i)), f.py(data.x2(i)), r);
                any = true;
            }
        }
        if (any) {
            // Outline first, fill on top: where points crowd, their fills stay in the class colour
            // instead of vanishing under the neighbours' outlines (a white cluster tells no class).
            s.stroke();
            s.setFill(Colors.forClass(k, data.numClasses()));
            s.fill();
        }
    }

    private static void paintCurvePoints(DrawSurface s, PlotFrame f, Dataset data, boolean test, double r) {
        s.beginPath();
        for (int i = 0; i < data.size(); i++) {
            s.circle(f.px(data.x1(i)), f.py(data.target(i)), r);
        }
        if (!test) {
            s.setFill(CURVE_TRAIN);
            s.fill();
        }
        s.stroke();
    }
}
