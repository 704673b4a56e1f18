package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.view.RecordingSurface.Kind;
import org.nnplayground.core.view.RecordingSurface.Path;
import org.nnplayground.core.view.RecordingSurface.Segment;

class CompareChartPainterTest {
    private static final String[] NAMES = {"ReLU", "Sigmoid", "Tanh"};

    private static LossHistory decay(double start, double rate, int epochs) {
        LossHistory h = new LossHistory();
        for (int e = 0; e <= epochs; e++) {
            h.record(e, start / (1 + rate * e), Double.NaN, false);
        }
        return h;
    }

    /** The polyline of a series: the stroked path in its colour with the most segments. */
    private static Path line(RecordingSurface s, int colour) {
        return s.strokedIn(colour).stream().max((a, b) -> Integer.compare(a.segments().size(), b.segments().size()))
                .orElseThrow();
    }

    @Test
    void eachSeriesHasItsColourItsLegendAndSitsOnItsData() {
        LossHistory[] series = {decay(1, 0.5, 40), decay(0.8, 0.05, 40), decay(0.9, 0.2, 40)};
        CompareChartPainter painter = new CompareChartPainter();
        RecordingSurface s = new RecordingSurface(480, 280);
        painter.paint(s, series, NAMES, new boolean[3], false);
        PlotFrame f = painter.frame();
        assertEquals(0.0, f.xMin());
        assertEquals(40.0, f.xMax());
        assertEquals(0.0, f.yMin());
        assertTrue(f.yMax() >= 1.0);
        for (int k = 0; k < 3; k++) {
            int colour = Palette.LIGHT.forClass(k, 3);
            assertEquals(colour, CompareChartPainter.colour(Palette.LIGHT, k, 3));
            assertTrue(s.hasText(NAMES[k]));
            Path p = line(s, colour);
            assertEquals(41, p.segments().size());
            assertEquals(1, p.count(Kind.MOVE));
            Segment at20 = p.segments().get(20);
            assertEquals(f.px(20), at20.x(), 1e-9);
            assertEquals(f.py(series[k].trainLoss(20)), at20.y(), 1e-9);
            assertTrue(s.strokedIn(colour).stream().anyMatch(q -> q.segments().size() == 2
                    && q.segments().get(0).y() < f.top()), "a legend swatch above the plot");
        }
        assertTrue(s.texts.stream().noneMatch(t -> t.text().equals("diverged")));
        assertTrue(s.allCoordinatesFinite());
        assertEquals(0, s.saveDepth);
    }

    @Test
    void aDivergedSeriesEndsWithACrossAndSaysSo() {
        LossHistory blownUp = new LossHistory();
        double loss = 0.5;
        for (int e = 0; e <= 60; e++) {
            loss *= e < 12 ? 4 : 1e40;     // 0.5 * 4^12, then overflow: the history stops at the last finite loss
            blownUp.record(e, loss, Double.NaN, false);
        }
        int last = blownUp.size() - 1;
        LossHistory[] series = {decay(1, 0.5, 60), blownUp, decay(0.9, 0.2, 60)};
        CompareChartPainter painter = new CompareChartPainter();
        RecordingSurface s = new RecordingSurface(480, 280);
        painter.paint(s, series, NAMES, new boolean[] {false, true, false}, true);
        PlotFrame f = painter.frame();
        assertTrue(s.allCoordinatesFinite());
        assertEquals(1, s.texts.stream().filter(t -> t.text().equals("diverged")).count());
        int colour = Palette.LIGHT.forClass(1, 3);
        double endX = f.px(blownUp.epoch(last));
        double endY = f.pyClamped(Math.log10(blownUp.trainLoss(last)), f.height());
        List<Path> crosses = s.strokedIn(colour).stream().filter(p -> p.segments().size() == 4).toList();
        assertEquals(2, crosses.size(), "one in the legend, one at the series' end");
        Path cross = crosses.get(1); // the legend is drawn before the series
        assertEquals(endX, (cross.segments().get(0).x() + cross.segments().get(1).x()) / 2, 1e-9);
        assertEquals(endY, (cross.segments().get(0).y() + cross.segments().get(1).y()) / 2, 1e-6);
        assertTrue(s.paths.stream().noneMatch(p -> !p.stroked() && p.colour() == colour && p.has(Kind.CIRCLE)),
                "no end dot for the diverged one");
        assertTrue(s.paths.stream().anyMatch(p -> !p.stroked() && p.colour() == Palette.LIGHT.forClass(0, 3)
                && p.has(Kind.CIRCLE)), "the others end in a dot");
    }

    @Test
    void logScaleSkipsNonPositiveLossesAsGaps() {
        LossHistory h = new LossHistory();
        double[] losses = {0.5, 0.1, 0.0, 0.05, 0.01};
        for (int e = 0; e < losses.length; e++) {
            h.record(e, losses[e], Double.NaN, false);
        }
        CompareChartPainter painter = new CompareChartPainter();
        RecordingSurface s = new RecordingSurface(400, 240);
        painter.paint(s, new LossHistory[] {h, null}, new String[] {"Good: 0.1", "Too large: 2"},
                new boolean[2], true);
        Path p = line(s, Palette.LIGHT.forClass(0, 2));
        assertEquals(4, p.segments().size());
        assertEquals(2, p.count(Kind.MOVE));
        assertEquals(-2.0, painter.frame().yMin(), 1e-12, "decades around 0.01 .. 0.5");
        assertTrue(s.hasText("Too large: 2"), "a series without data keeps its legend entry");
        assertTrue(s.allCoordinatesFinite());
    }

    @Test
    void emptyMismatchedAndCrowdedInputs() {
        CompareChartPainter painter = new CompareChartPainter();
        RecordingSurface empty = new RecordingSurface(300, 200);
        painter.paint(empty, new LossHistory[] {new LossHistory()}, new String[] {"A"}, new boolean[1], false);
        assertTrue(empty.hasText("No training yet"));
        assertTrue(empty.allCoordinatesFinite());
        assertThrows(IllegalArgumentException.class, () -> painter.paint(empty, new LossHistory[2],
                new String[] {"A"}, new boolean[2], false));

        String[] many = {"ReLU", "Sigmoid", "Tanh", "GELU", "Sine"};
        LossHistory[] series = new LossHistory[many.length];
        for (int k = 0; k < many.length; k++) {
            series[k] = decay(1, 0.1 * (k + 1), 20);
        }
        RecordingSurface narrow = new RecordingSurface(200, 260);
        painter.paint(narrow, series, many, new boolean[many.length], false);
        double narrowTop = painter.frame().top();
        RecordingSurface wide = new RecordingSurface(900, 260);
        painter.paint(wide, series, many, new boolean[many.length], false);
        assertTrue(narrowTop > painter.frame().top(), "the legend wraps into more rows when narrow");
        for (RecordingSurface.Text t : narrow.texts) {
            if (List.of(many).contains(t.text())) {
                assertTrue(t.x() + narrow.textWidth(t.text()) <= 200, t.text() + " fits");
                assertTrue(t.y() < painter.frame().top() + 40, t.text() + " above the plot");
            }
        }
    }
}
