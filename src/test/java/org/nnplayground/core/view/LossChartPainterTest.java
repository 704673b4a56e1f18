package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.view.RecordingSurface.Kind;
import org.nnplayground.core.view.RecordingSurface.Path;

class LossChartPainterTest {
    private static final LossChartPainter.Options LINEAR = LossChartPainter.Options.defaults();
    private static final LossChartPainter.Options LOG = LINEAR.withLogScale(true);

    private static LossHistory decaying(int epochs) {
        LossHistory h = new LossHistory();
        for (int e = 0; e <= epochs; e++) {
            h.record(e, 0.73 / (1 + e), 0.8 / (1 + 0.5 * e), true);
        }
        return h;
    }

    @Test
    void yTicksAreOneTwoFiveStepsCoveringTheData() {
        LossHistory h = decaying(100);
        LossAxis axis = new LossAxis();
        axis.fit(h, true, false);
        axis.ticks(240);
        double step = axis.tickValue(1) - axis.tickValue(0);
        NiceTicksTest.assertNice(step);
        for (int i = 1; i < axis.tickCount(); i++) {
            assertEquals(step, axis.tickValue(i) - axis.tickValue(i - 1), step * 1e-9);
        }
        assertTrue(axis.tickValue(0) <= 0.0072, "first tick at or below the smallest loss");
        assertTrue(axis.tickValue(axis.tickCount() - 1) >= 0.8, "last tick at or above the largest loss");
        assertEquals(axis.min(), axis.tickValue(0));
        assertEquals(axis.max(), axis.tickValue(axis.tickCount() - 1));
        assertTrue(axis.tickCount() >= 3 && axis.tickCount() <= 10, "count " + axis.tickCount());

        LossChartPainter painter = new LossChartPainter();
        RecordingSurface s = new RecordingSurface(400, 260);
        painter.paint(s, h, LINEAR, Double.NaN);
        assertEquals(0.0, painter.frame().yMin());
        assertTrue(painter.frame().yMax() >= 0.8);
        assertTrue(s.hasText("0.8") || s.hasText("1.0"), "labels of the nice ticks");
    }

    @Test
    void logAxisUsesDecadesAroundPositiveLosses() {
        LossHistory h = new LossHistory();
        h.record(1, 0.5, 0.4, true);
        h.record(2, 0.003, 0.02, true);
        LossAxis axis = new LossAxis();
        axis.fit(h, true, true);
        axis.ticks(300);
        assertEquals(-3.0, axis.min(), 1e-12);
        assertEquals(0.0, axis.max(), 1e-12);
        assertEquals("0.001", axis.tickLabel(0));
        assertEquals("1", axis.tickLabel(axis.tickCount() - 1));
    }

    @Test
    void logModeSkipsNonPositiveLosses() {
        LossHistory h = new LossHistory();
        double[] losses = {0.5, 0.2, 0.0, 0.05, -0.1, 0.01, 0.005};
        for (int e = 0; e < losses.length; e++) {
            h.record(e, losses[e], 0, false);
        }
        LossChartPainter painter = new LossChartPainter();
        RecordingSurface s = new RecordingSurface(400, 260);
        painter.paint(s, h, LOG, Double.NaN);
        Path line = seriesLine(s, Palette.LIGHT.trainLine());
        assertEquals(5, line.segments().size(), "five positive losses");
        assertEquals(3, line.count(Kind.MOVE), "a gap at each non-positive loss");
        assertTrue(s.allCoordinatesFinite());
        for (RecordingSurface.Segment seg : line.segments()) {
            assertTrue(seg.y() >= painter.frame().top() - 1e-9 && seg.y() <= painter.frame().bottom() + 1e-9);
        }
        RecordingSurface linear = new RecordingSurface(400, 260);
        painter.paint(linear, h, LINEAR, Double.NaN);
        assertEquals(7, seriesLine(linear, Palette.LIGHT.trainLine()).segments().size(), "linear mode plots them all");
    }

    @Test
    void nanLossesNeverProduceALineTo() {
        LossHistory h = new LossHistory();
        h.record(1, 0.5, 0.4, true);
        h.record(2, 0.4, Double.NaN, false); // stored with a NaN test loss
        h.record(3, 0.3, 0.2, true);
        h.record(4, 1e300, 0.1, true);       // finite but huge: clamped, not lost
        RecordingSurface s = new RecordingSurface(400, 260);
        new LossChartPainter().paint(s, h, LINEAR, Double.NaN);
        assertTrue(s.allCoordinatesFinite());
        Path test = seriesLine(s, Palette.LIGHT.testLine());
        assertTrue(test.dash() > 0, "test loss is dashed");
        assertEquals(3, test.segments().size());
        assertEquals(2, test.count(Kind.MOVE), "the NaN breaks the line");
        assertEquals(4, seriesLine(s, Palette.LIGHT.trainLine()).segments().size());
        assertEquals(0.0, seriesLine(s, Palette.LIGHT.trainLine()).dash());
    }

    @Test
    void readoutFindsTheNearestEpoch() {
        LossHistory h = new LossHistory();
        for (int e = 0; e <= 100; e += 10) {
            h.record(e, 1.0 / (1 + e), 2.0 / (1 + e), true);
        }
        LossChartPainter painter = new LossChartPainter();
        RecordingSurface s = new RecordingSurface(400, 260);
        painter.paint(s, h, LINEAR, Double.NaN);
        PlotFrame f = painter.frame();
        assertEquals(30, painter.readoutAt(f.px(34)).epoch());
        assertEquals(40, painter.readoutAt(f.px(36)).epoch());
        assertEquals(0, painter.readoutAt(f.left() - 5).epoch());
        assertEquals(100, painter.readoutAt(f.right()).epoch());
        LossChartPainter.Readout r = painter.readoutAt(f.px(51));
        assertEquals(50, r.epoch());
        assertEquals(1.0 / 51, r.trainLoss());
        assertEquals(2.0 / 51, r.testLoss());
        assertEquals(f.px(50), r.x(), 1e-9);
        assertEquals(f.py(1.0 / 51), r.trainY(), 1e-9);
        assertNull(painter.readoutAt(f.right() + 50));
        assertNull(painter.readoutAt(Double.NaN));

        RecordingSurface hovered = new RecordingSurface(400, 260);
        painter.paint(hovered, h, LINEAR, f.px(51));
        assertTrue(hovered.hasText("Epoch 50"));
        assertTrue(hovered.hasText("Train 0.01961"));
        assertTrue(hovered.hasText("Test 0.03922"));
    }

    @Test
    void emptyHistoryDrawsAxesAndAMessage() {
        LossChartPainter painter = new LossChartPainter();
        RecordingSurface s = new RecordingSurface(280, 200);
        painter.paint(s, new LossHistory(), LINEAR, 100);
        assertTrue(s.hasText("No training yet"));
        assertTrue(s.strokes > 5, "frame and ticks");
        assertTrue(s.texts() > 4, "tick labels");
        assertNull(painter.readoutAt(100));
        RecordingSurface log = new RecordingSurface(280, 200);
        painter.paint(log, new LossHistory(), LOG, Double.NaN);
        assertTrue(log.hasText("No training yet"));
        assertTrue(log.allCoordinatesFinite());
    }

    @Test
    void withoutATestLossOnlyTheTrainingLossIsDrawnAndASinglePointShows() {
        LossHistory h = new LossHistory();
        h.record(0, 0.7, Double.NaN, false); // no test split: nothing to draw for it
        RecordingSurface s = new RecordingSurface(300, 200);
        LossChartPainter painter = new LossChartPainter();
        painter.paint(s, h, LINEAR, Double.NaN);
        assertTrue(s.strokedIn(Palette.LIGHT.testLine()).isEmpty());
        assertTrue(!s.hasText("test"), "no key for a line that is not there");
        assertEquals("train", painter.drawnSeries());
        assertTrue(s.paths.stream().anyMatch(p -> !p.stroked() && p.colour() == Palette.LIGHT.trainLine() && p.has(Kind.CIRCLE)),
                "a dot marks the single point");
    }

    /** As in TensorFlow Playground: the test loss is drawn whatever the output view shows, in both axes. */
    @Test
    void theTestLossIsAlwaysDrawnBesideTheTrainingLoss() {
        LossHistory h = decaying(30);
        for (LossChartPainter.Options o : List.of(LINEAR, LOG)) {
            RecordingSurface s = new RecordingSurface(300, 200);
            LossChartPainter painter = new LossChartPainter();
            painter.paint(s, h, o, Double.NaN);
            assertEquals("train test", painter.drawnSeries());
            assertTrue(seriesLine(s, Palette.LIGHT.testLine()).count(Kind.LINE) >= 30, "test loss line, log " + o.logScale());
            assertTrue(seriesLine(s, Palette.LIGHT.trainLine()).count(Kind.LINE) >= 30, "training loss line, log " + o.logScale());
            assertTrue(s.hasText("test") && s.hasText("train"), "both in the key");
        }
    }

    @Test
    void fitsSmallAndLargeSurfaces() {
        LossHistory h = decaying(5000);
        for (double[] size : new double[][] {{280, 200}, {1600, 900}}) {
            for (LossChartPainter.Options o : List.of(LINEAR, LOG)) {
                LossChartPainter painter = new LossChartPainter();
                RecordingSurface s = new RecordingSurface(size[0], size[1]);
                painter.paint(s, h, o, size[0] / 2);
                PlotFrame f = painter.frame();
                assertTrue(f.left() > 0 && f.right() <= size[0] && f.top() > 0 && f.bottom() <= size[1]);
                assertTrue(s.allCoordinatesFinite());
                assertEquals(0, s.saveDepth);
            }
        }
    }

    /** The polyline of a loss series: the stroked path in its colour with the most segments. */
    private static Path seriesLine(RecordingSurface s, int colour) {
        return s.strokedIn(colour).stream().max((a, b) -> Integer.compare(a.segments().size(), b.segments().size()))
                .orElseThrow();
    }
}
