package org.nnplayground.core.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.Palette;

/** The gradient through time: one line per layer at log10 of |dL/dh_t|, gaps where it is zero, and its words. */
class GradientTimePainterTest {
    @Test
    void eachLayerIsALineAtTheLogOfItsGradientLength() {
        SequenceTrace t = UnrolledPainterTest.trace("lab=echo&delay=2&cell=lstm&h=4,3", 1);
        Palette p = Palette.LIGHT;
        Recorder r = new Recorder(400, 200, p);
        GradientTimePainter painter = new GradientTimePainter();
        painter.paint(r, t, -1);
        for (int l = 0; l < 2; l++) {
            List<Recorder.Path> lines = r.stroked(GradientTimePainter.colour(p, l, 2));
            assertEquals(1, lines.stream().filter(x -> x.width() == 2).count(), "layer " + l);
            Recorder.Path line = lines.stream().filter(x -> x.width() == 2).findFirst().orElseThrow();
            assertEquals(10, line.points().size());
            for (int step = 0; step < 10; step++) {
                double n = t.layers().get(l).gradientNorms()[step];
                assertEquals(painter.frame().py(Math.log10(n)), line.points().get(step)[1], 1e-6);
                assertEquals(painter.frame().px(step + 1), line.points().get(step)[0], 1e-9);
            }
        }
        assertTrue(GradientTimePainter.colour(p, 0, 2) != GradientTimePainter.colour(p, 1, 2));
        assertTrue(r.says("1e"), "decades on the axis");
        for (int l = 0; l < 2; l++) {
            int colour = GradientTimePainter.colour(p, l, 2);
            assertTrue(r.says("layer " + (l + 1)) && r.rects.stream().anyMatch(x -> x.filled() && x.colour() == colour),
                    "a key for layer " + (l + 1));
        }
    }

    @Test
    void aStepTheLossDoesNotReachLeavesAGapAndAHoveredStepIsReadOut() {
        // Sequence to one, truncated to the last 4 steps: before them dL/dh is exactly 0.
        SequenceTrace t = UnrolledPainterTest.trace("lab=adding&len=12&cell=elman&h=3&trunc=4", 1);
        double[] n = t.layers().get(0).gradientNorms();
        assertEquals(0.0, n[7]);
        assertTrue(n[8] > 0);
        Palette p = Palette.LIGHT;
        Recorder r = new Recorder(400, 200, p);
        GradientTimePainter painter = new GradientTimePainter();
        painter.paint(r, t, 9);
        Recorder.Path line = r.stroked(p.positive()).get(0);
        assertEquals(4, line.points().size());
        assertEquals(1, line.moves());
        assertEquals("step 10: |dL/dh| " + NumberFormat.significant(n[9], 3), GradientTimePainter.readout(t, 9));
        assertTrue(r.says("step 10: |dL/dh|"));
        assertEquals(9, painter.stepAt(painter.frame().px(10.2), 12));
        assertEquals(-1, painter.stepAt(1, 12));
    }

    @Test
    void theSummarySaysHowMuchOfTheLastStepsGradientReachesTheFirst() {
        SequenceTrace t = UnrolledPainterTest.trace("lab=adding&len=30&cell=elman&h=8", 1);
        double[] n = t.layers().get(0).gradientNorms();
        assertTrue(n[0] < n[29] * 1e-2, "an Elman cell's gradient vanishes over 30 steps: " + n[0] + " vs " + n[29]);
        assertEquals("|dL/dh| at step 1 is " + NumberFormat.significant(n[0] / n[29], 2) + " of that at step 30",
                GradientTimePainter.summary(t));
        assertTrue(GradientTimePainter.describe(t).startsWith("The length of dLoss/dh at each of the 30 steps, on a log scale"));
    }
}
