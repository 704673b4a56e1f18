package org.nnplayground.core.view;

import org.nnplayground.core.data.Dataset;

/**
 * Draws a dataset's points on a {@link PlotFrame}: training points filled with an outline in the
 * ground's colour (white on the light ground), test points with a thicker outline in the palette's
 * ink (dark on the light ground, light on the dark one), so that both read on any heatmap colour. A class's
 * outlines are drawn before its fills, so that a dense cluster still shows its class colour.
 *
 * <p>2-D classification points take their class colour, 2-D regression points the diverging colour
 * of their target; 1-D points sit at (x, target). Points of one class share one path, so ten
 * thousand points cost a handful of fill calls.
 */
final class DataPointsPainter {
    /** Colour of 1-D training points. */
    static int curveTrain(Palette p) {
        return p.negative();
    }

    /** Outline of test points. */
    static int testOutline(Palette p) {
        return p.ink();
    }

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
        Palette p = s.palette();
        s.setStroke(test ? testOutline(p) : p.background());
        if (data.dimension() == 1) {
            paintCurvePoints(s, f, data, test, r);
        } else if (data.problem().isClassification()) {
            for (int k = 0; k < data.numClasses(); k++) {
                paintClass(s, f, data, k, r);
            }
        } else {
            for (int i = 0; i < data.size(); i++) {
                s.setFill(p.diverging(data.target(i)));
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
            // instead of vanishing under the neighbours' outlines (a cluster of outlines tells no class).
            s.stroke();
            s.setFill(s.palette().forClass(k, data.numClasses()));
            s.fill();
        }
    }

    private static void paintCurvePoints(DrawSurface s, PlotFrame f, Dataset data, boolean test, double r) {
        s.beginPath();
        for (int i = 0; i < data.size(); i++) {
            s.circle(f.px(data.x1(i)), f.py(data.target(i)), r);
        }
        if (!test) {
            s.setFill(curveTrain(s.palette()));
            s.fill();
        }
        s.stroke();
    }
}
