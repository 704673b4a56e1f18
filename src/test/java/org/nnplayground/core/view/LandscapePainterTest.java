package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.teach.LossLandscape;
import org.nnplayground.core.train.TrainingData;
import org.nnplayground.core.view.RecordingSurface.Kind;
import org.nnplayground.core.view.RecordingSurface.Path;
import org.nnplayground.core.view.RecordingSurface.Pixels;
import org.nnplayground.core.view.RecordingSurface.Segment;

class LandscapePainterTest {
    private static final double[] NONE = new double[0];

    /** y = 1.5 x - 0.7 plus noise, x in [-2, 3]: the minimum is near (1.5, -0.7). */
    private static LossLandscape noisyLine() {
        Rng rng = new Rng(7);
        int n = 40;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform(-2, 3);
            y[i] = 1.5 * x[i] - 0.7 + rng.gaussian(0, 0.3);
        }
        return new LossLandscape(TrainingData.regression(n, 1, x, 1, y));
    }

    private static int brightness(int pixel) {
        return (pixel & 0xFF) + ((pixel >>> 8) & 0xFF) + ((pixel >>> 16) & 0xFF);
    }

    @Test
    void heatmapIsLightAtTheMinimumDarkFarOffWithIsoLines() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        LandscapePainter painter = new LandscapePainter(64);
        RecordingSurface s = new RecordingSurface(360, 360);
        painter.paint(s, l, NONE, NONE, 0, min[0] + 3, min[1]);
        assertEquals(1, s.images.size());
        Pixels image = s.images.get(0);
        PlotFrame f = painter.frame();
        assertEquals(64, image.w());
        assertEquals(64, image.h());
        assertEquals(f.left(), image.x());
        assertEquals(f.top(), image.y());
        assertEquals(f.width(), image.dw());
        assertEquals(f.height(), image.dh());
        int centre = 32; // the window is centred on the minimum
        int atMin = brightness(image.at(centre, centre));
        int halfway = brightness(image.at(centre, 48));
        int corner = brightness(image.at(0, 63));
        assertTrue(atMin > halfway && halfway > corner, atMin + " > " + halfway + " > " + corner);
        assertTrue(atMin > 3 * 230, "near-white at the valley floor: " + atMin);
        int lines = 0; // pixels that stand out from both neighbours: darker in the light part, lighter in the dark
        for (int c = centre + 1; c < 63; c++) {
            int bump = 2 * brightness(image.at(centre, c)) - brightness(image.at(centre, c - 1))
                    - brightness(image.at(centre, c + 1));
            if (Math.abs(bump) > 60) {
                lines++;
            }
        }
        assertTrue(lines >= 5, "iso-lines cross the row from the minimum outwards: " + lines);
    }

    @Test
    void windowIsCentredOnTheMinimumAndHoldsPathAndPointWithAMargin() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        LandscapePainter painter = new LandscapePainter(32);
        RecordingSurface s = new RecordingSurface(420, 300);
        painter.paint(s, l, NONE, NONE, 0, min[0], min[1]);
        PlotFrame f = painter.frame();
        assertEquals(2 * LandscapePainter.MIN_HALF_SPAN, f.xMax() - f.xMin(), 1e-12, "never degenerate");
        assertEquals(f.xMax() - f.xMin(), f.yMax() - f.yMin(), 1e-12);
        assertEquals(f.width(), f.height(), 1e-9, "a square: true shape");

        double[] pw = {min[0] - 3.2, min[0] - 1, min[0]};
        double[] pb = {min[1] + 0.4, min[1] + 0.2, min[1]};
        painter.paint(s, l, pw, pb, 3, min[0], min[1] + 0.1);
        f = painter.frame();
        assertEquals(min[0], (f.xMin() + f.xMax()) / 2, 1e-9);
        assertEquals(min[1], (f.yMin() + f.yMax()) / 2, 1e-9);
        assertEquals(5.0, f.xMax() - min[0], 1e-9, "3.2 with a margin, up to a 1-2-5 value");
        assertTrue(f.xMin() < min[0] - 3.2 * 1.1);
        assertEquals(5.0, f.yMax() - min[1], 1e-9, "the same half-width for b");
        assertTrue(f.left() > 0 && f.right() <= 420 && f.bottom() <= 300 && f.top() > 0);
        assertTrue(s.hasText("w") && s.hasText("b"), "axis names");
        assertTrue(s.texts.stream().anyMatch(t -> t.text().startsWith("loss ")));
    }

    @Test
    void pathIsAPolylineWithDotsThroughTheRecordedPointsSkippingNaN() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        double[] pw = {min[0] - 2, min[0] - 1.5, Double.NaN, min[0] - 1, min[0] - 0.5, Double.POSITIVE_INFINITY};
        double[] pb = {min[1] + 1, min[1] + 0.8, 0.0, min[1] + 0.5, min[1] + 0.2, 0.0};
        LandscapePainter painter = new LandscapePainter(32);
        RecordingSurface s = new RecordingSurface(400, 400);
        painter.paint(s, l, pw, pb, 5, min[0] - 0.5, min[1] + 0.2);
        PlotFrame f = painter.frame();
        assertTrue(s.allCoordinatesFinite());
        Path line = s.paths.stream().filter(p -> p.stroked() && p.colour() == LandscapePainter.path(Palette.LIGHT)).findFirst()
                .orElseThrow();
        assertEquals(List.of(Kind.MOVE, Kind.LINE, Kind.MOVE, Kind.LINE),
                line.segments().stream().map(Segment::kind).toList(), "broken at the NaN point");
        int[] drawn = {0, 1, 3, 4};
        for (int k = 0; k < drawn.length; k++) {
            Segment seg = line.segments().get(k);
            assertEquals(f.px(pw[drawn[k]]), seg.x(), 1e-9);
            assertEquals(f.py(pb[drawn[k]]), seg.y(), 1e-9);
        }
        Path dots = s.paths.stream().filter(p -> !p.stroked() && p.colour() == LandscapePainter.path(Palette.LIGHT)
                && p.count(Kind.CIRCLE) == 4).findFirst().orElseThrow();
        assertEquals(f.px(pw[1]), dots.segments().get(1).x(), 1e-9);
        Path current = s.paths.stream().filter(p -> !p.stroked() && p.colour() == LandscapePainter.path(Palette.LIGHT)
                && p.count(Kind.CIRCLE) == 1).findFirst().orElseThrow();
        assertEquals(f.px(min[0] - 0.5), current.segments().get(0).x(), 1e-9);
        assertEquals(f.py(min[1] + 0.2), current.segments().get(0).y(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> painter.paint(s, l, pw, pb, 7, 0, 0));
    }

    @Test
    void arrowPointsDownhillAlongMinusTheGradientWithItsTrueSize() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        double w = min[0] - 1.2;
        double b = min[1] + 0.9;
        LandscapePainter painter = new LandscapePainter(32);
        RecordingSurface s = new RecordingSurface(400, 400);
        painter.paint(s, l, NONE, NONE, 0, w, b);
        PlotFrame f = painter.frame();
        Path shaft = s.paths.stream().filter(p -> p.stroked() && p.colour() == LandscapePainter.arrow(Palette.LIGHT)
                && p.lineWidth() == LandscapeArrow.SHAFT_WIDTH).findFirst().orElseThrow();
        Segment start = shaft.segments().get(0);
        Segment end = shaft.segments().get(1);
        assertEquals(f.px(w), start.x(), 1e-9);
        assertEquals(f.py(b), start.y(), 1e-9);
        double gw = l.gradientW(w, b);
        double gb = l.gradientB(w, b);
        double g = Math.sqrt(gw * gw + gb * gb);
        double dx = end.x() - start.x();
        double dy = end.y() - start.y();
        double len = Math.sqrt(dx * dx + dy * dy);
        double expected = LandscapeArrow.maxLength(f) * Math.sqrt(g / steepest(l, f));
        assertTrue(expected < LandscapeArrow.maxLength(f) && expected > LandscapeArrow.HEAD + 2, "length " + expected);
        assertEquals(expected - LandscapeArrow.HEAD, len, 1e-9, "following the gradient's size");
        assertEquals(-gw / g, dx / len, 1e-9, "w grows to the right: minus dL/dw");
        assertEquals(gb / g, dy / len, 1e-9, "b grows upwards, pixel y downwards");
        double stepW = f.dataX(start.x() + 0.05 * dx) - w;
        double stepB = f.dataY(start.y() + 0.05 * dy) - b;
        assertTrue(l.loss(w + stepW, b + stepB) < l.loss(w, b), "downhill");
        assertTrue(s.hasText(LandscapeArrow.label(g)), "true size in the label");
        assertTrue(LandscapeArrow.label(g).startsWith("|\u2207L| = "));
        Path head = s.paths.stream().filter(p -> !p.stroked() && p.colour() == LandscapePainter.arrow(Palette.LIGHT)).findFirst()
                .orElseThrow();
        assertEquals(start.x() + dx / len * expected, head.segments().get(0).x(), 1e-9, "tip");
    }

    /** The largest gradient size over the window's corners, worked out here from the landscape. */
    private static double steepest(LossLandscape l, PlotFrame f) {
        double most = 0;
        for (double w : new double[] {f.xMin(), f.xMax()}) {
            for (double b : new double[] {f.yMin(), f.yMax()}) {
                most = Math.max(most, Math.hypot(l.gradientW(w, b), l.gradientB(w, b)));
            }
        }
        return most;
    }

    private static Path shaft(RecordingSurface s) {
        return s.paths.stream().filter(p -> p.stroked() && p.colour() == LandscapePainter.arrow(Palette.LIGHT)
                && p.lineWidth() == LandscapeArrow.SHAFT_WIDTH).findFirst().orElse(null);
    }

    @Test
    void theArrowShrinksWithTheGradientAndIsGoneAtTheMinimum() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        double last = Double.POSITIVE_INFINITY;
        for (double d : new double[] {1.6, 1.2, 0.8}) {
            LandscapePainter painter = new LandscapePainter(16);
            RecordingSurface s = new RecordingSurface(400, 400);
            // The path from further out holds the window still, as a run walking in does.
            painter.paint(s, l, new double[] {min[0] - 1.8}, new double[] {min[1]}, 1, min[0] - d, min[1] + d / 2);
            Segment a = shaft(s).segments().get(0);
            Segment b = shaft(s).segments().get(1);
            double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
            assertTrue(len < last, "closer to the minimum, a shorter arrow: " + len + " after " + last);
            last = len;
        }
        LandscapePainter painter = new LandscapePainter(16);
        RecordingSurface s = new RecordingSurface(400, 400);
        painter.paint(s, l, new double[] {min[0] - 1.8}, new double[] {min[1]}, 1, min[0], min[1]);
        double g = Math.hypot(l.gradientW(min[0], min[1]), l.gradientB(min[0], min[1]));
        assertTrue(g < 1e-9, "at the computed minimum the gradient is rounding noise: " + g);
        assertTrue(s.strokedIn(LandscapePainter.arrow(Palette.LIGHT)).isEmpty(), "no arrow for a gradient of " + g);
        assertTrue(s.texts.stream().anyMatch(t -> t.text().startsWith("|\u2207L| = ")), "the size is still written");
    }

    @Test
    void theGradientLabelNeverCoversTheMinimumsMark() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        for (double[] at : new double[][] {{0, 0}, {0.02, 0}, {-0.03, 0.02}, {0.05, -0.05}, {0.3, 0.1}}) {
            LandscapePainter painter = new LandscapePainter(16);
            RecordingSurface s = new RecordingSurface(320, 320);
            painter.paint(s, l, NONE, NONE, 0, min[0] + at[0], min[1] + at[1]);
            RecordingSurface.Text word = s.texts.stream().filter(t -> t.text().equals("min")).findFirst().orElseThrow();
            RecordingSurface.Text label = s.texts.stream().filter(t -> t.text().startsWith("|\u2207L|")).findFirst()
                    .orElseThrow();
            double lw = s.textWidth(label.text());
            double mw = s.textWidth("min");
            double h = LandscapePainter.FONT;
            boolean apart = label.x() + lw <= word.x() || word.x() + mw <= label.x()
                    || label.y() + h / 2 <= word.y() - h / 2 || word.y() + h / 2 <= label.y() - h / 2;
            assertTrue(apart, "at " + at[0] + ", " + at[1] + ": label at " + label.x() + ", " + label.y()
                    + " covers min at " + word.x() + ", " + word.y());
            double mx = painter.frame().px(min[0]);
            double my = painter.frame().py(min[1]);
            boolean clearOfMark = label.x() >= mx + 6 || label.x() + lw <= mx - 6 || label.y() - h / 2 >= my + 6
                    || label.y() + h / 2 <= my - 6;
            assertTrue(clearOfMark, "at " + at[0] + ", " + at[1] + ": the label covers the + of the minimum");
        }
    }

    @Test
    void minimumIsMarkedWhereTheMathsPutsIt() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        LandscapePainter painter = new LandscapePainter(32);
        RecordingSurface s = new RecordingSurface(300, 300);
        painter.paint(s, l, NONE, NONE, 0, min[0] + 0.3, min[1]);
        PlotFrame f = painter.frame();
        Path mark = s.strokedIn(LandscapePainter.minimum(Palette.LIGHT)).get(0);
        assertEquals(4, mark.segments().size(), "a plus sign");
        double cx = (mark.segments().get(0).x() + mark.segments().get(1).x()) / 2;
        double cy = (mark.segments().get(2).y() + mark.segments().get(3).y()) / 2;
        assertEquals(f.px(min[0]), cx, 1e-9);
        assertEquals(f.py(min[1]), cy, 1e-9);
        assertTrue(s.hasText("min"));
    }

    @Test
    void atTheMinimumThereIsNoArrowAndTheSizeIsZero() {
        LossLandscape l = new LossLandscape(TrainingData.regression(3, 1, new double[] {0, 1, 2}, 1,
                new double[] {0, 1, 2}));
        LandscapePainter painter = new LandscapePainter(16);
        RecordingSurface s = new RecordingSurface(300, 300);
        painter.paint(s, l, NONE, NONE, 0, 1, 0);
        assertTrue(s.strokedIn(LandscapePainter.arrow(Palette.LIGHT)).isEmpty());
        assertTrue(s.hasText("|\u2207L| = 0"));
        assertTrue(s.allCoordinatesFinite());
    }

    @Test
    void aDivergingRunLeavesTheViewButNeverProducesWildCoordinates() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        double[] pw = new double[60];
        double[] pb = new double[60];
        for (int i = 0; i < pw.length; i++) {
            double grow = Math.pow(-3, i);
            pw[i] = min[0] + grow;
            pb[i] = min[1] - 0.5 * grow;
        }
        LandscapePainter painter = new LandscapePainter(32);
        RecordingSurface s = new RecordingSurface(300, 300);
        painter.paint(s, l, pw, pb, pw.length, pw[59], pb[59]);
        PlotFrame f = painter.frame();
        assertEquals(LandscapePainter.MAX_HALF_SPAN, f.xMax() - min[0], 1e-3);
        assertTrue(s.allCoordinatesFinite());
        for (Path p : s.paths) {
            for (Segment seg : p.segments()) {
                if (seg.kind() != Kind.CLOSE) {
                    assertTrue(Math.abs(seg.x()) < 3000 && Math.abs(seg.y()) < 3000, seg.toString());
                }
            }
        }
        assertTrue(s.strokedIn(LandscapePainter.arrow(Palette.LIGHT)).isEmpty(), "the current point is off the view");
        Path line = s.strokedIn(LandscapePainter.path(Palette.LIGHT)).get(0);
        assertTrue(line.segments().size() >= 10, "the path is drawn up to where it leaves");
    }

    @Test
    void theGridIsRecomputedOnlyWhenTheWindowChanges() {
        LossLandscape l = noisyLine();
        double[] min = l.minimum();
        LandscapeHeatmap heatmap = new LandscapeHeatmap(8);
        int[] first = heatmap.update(l, Palette.LIGHT, min[0] - 1, min[0] + 1, min[1] - 1, min[1] + 1).clone();
        assertEquals(1, heatmap.computed());
        heatmap.update(l, Palette.LIGHT, min[0] - 1, min[0] + 1, min[1] - 1, min[1] + 1);
        assertEquals(1, heatmap.computed());
        int[] shifted = heatmap.update(l, Palette.LIGHT, min[0] - 1.5, min[0] + 2.5, min[1] - 1, min[1] + 1);
        assertEquals(2, heatmap.computed());
        assertFalse(java.util.Arrays.equals(first, shifted));
        assertTrue(heatmap.lowest() >= 0 && heatmap.highest() > heatmap.lowest());
    }

    @Test
    void recorderIsBoundedKeepsFirstAndLatestAndSkipsNonFinite() {
        PathRecorder r = new PathRecorder();
        r.record(Double.NaN, 1);
        r.record(1, Double.NEGATIVE_INFINITY);
        assertEquals(0, r.size());
        int steps = 100_000;
        for (int i = 0; i < steps; i++) {
            r.record(i, -i);
        }
        assertTrue(r.size() <= PathRecorder.CAPACITY + 1 && r.size() > PathRecorder.CAPACITY / 2, "size " + r.size());
        assertEquals(0.0, r.weights()[0]);
        assertEquals(steps - 1, r.weights()[r.size() - 1]);
        assertEquals(-(steps - 1), r.biases()[r.size() - 1]);
        for (int i = 2; i < r.size() - 1; i++) {
            assertEquals(r.stride(), r.weights()[i] - r.weights()[i - 1], "evenly spaced kept points");
        }
        r.clear();
        assertEquals(0, r.size());
        r.record(2, 3);
        assertEquals(1, r.size());
        assertEquals(3.0, r.biases()[0]);
    }
}
