package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.teach.StepTrajectory;
import org.nnplayground.core.view.RecordingSurface.Kind;
import org.nnplayground.core.view.RecordingSurface.Path;

/** The lesson painters for single steps and fits, read from their recorded calls. */
class LessonPaintersTest {
    private static Network node() {
        return new Network(NetworkSpec.of(1, new int[0], Activation.IDENTITY, 1, Activation.IDENTITY), new Rng(3));
    }

    /** A run-away epoch: w = 0.5, then -3, 20, -150, 1200; the fifth step's loss trips the divergence. */
    private static StepTrajectory runAway() {
        Network n = node();
        StepTrajectory t = new StepTrajectory(100, true);
        double[] w = {0.5, -3, 20, -150, 1200};
        n.weightBlock(1).values()[0] = w[0];
        t.epochStarting(n, 0);
        for (int k = 1; k < w.length; k++) {
            n.weightBlock(1).values()[0] = w[k];
            t.batchTrained(n, Math.pow(10, 2 * k), false);
        }
        t.batchTrained(n, 1e11, true);
        return t;
    }

    private static Path longest(RecordingSurface s, int colour) {
        return s.strokedIn(colour).stream().max((a, b) -> Integer.compare(a.segments().size(), b.segments().size()))
                .orElseThrow();
    }

    @Test
    void theStepViewDrawsEachStepsLossAndWeightOnALogAxis() {
        StepTrajectory t = runAway();
        assertEquals(5, t.stored());
        assertTrue(t.diverged());
        TrajectoryPainter painter = new TrajectoryPainter();
        RecordingSurface s = new RecordingSurface(420, 240);
        painter.paint(s, t, "Epoch 1, step by step");
        PlotFrame f = painter.frame();
        assertEquals(0.0, f.xMin());
        assertEquals(5.0, f.xMax());
        assertTrue(f.yMin() <= Math.log10(0.5) && f.yMax() >= 11, "decades from |w| = 0.5 to a loss of 1e11");
        Path loss = longest(s, TrajectoryPainter.loss(Palette.LIGHT));
        assertEquals(5, loss.segments().size(), "a loss per step");
        for (int k = 1; k <= 5; k++) {
            assertEquals(f.px(k), loss.segments().get(k - 1).x(), 1e-9);
            assertEquals(f.py(Math.log10(t.loss(k))), loss.segments().get(k - 1).y(), 1e-9);
        }
        Path weight = longest(s, TrajectoryPainter.weight(Palette.LIGHT));
        assertEquals(5, weight.segments().size(), "w at the start and after the 4 steps taken; none after the fifth");
        assertEquals(f.py(Math.log10(1200)), weight.segments().get(4).y(), 1e-9);
        List<Path> dots = s.paths.stream().filter(p -> p.has(Kind.CIRCLE)).toList();
        assertTrue(dots.stream().anyMatch(p -> !p.stroked() && p.colour() == TrajectoryPainter.weight(Palette.LIGHT)
                && p.count(Kind.CIRCLE) == 3), "filled where w > 0: 0.5, 20, 1200");
        assertTrue(dots.stream().anyMatch(p -> p.stroked() && p.colour() == TrajectoryPainter.weight(Palette.LIGHT)
                && p.count(Kind.CIRCLE) == 2), "hollow where w < 0: -3, -150");
        long crosses = s.strokedIn(TrajectoryPainter.loss(Palette.LIGHT)).stream().filter(p -> p.count(Kind.MOVE) == 2
                && p.segments().get(0).x() > f.px(4.5)).count();
        assertTrue(crosses >= 1, "the diverging step is crossed");
        assertTrue(s.hasText("diverged") && s.hasText("Epoch 1, step by step"));
        assertEquals("Epoch 1: 5 steps, w = 1200 after step 4, the loss at step 5: 1e11; training diverged at step 5"
                + " and the weights went back to the start of the epoch.", t.summary());
        assertTrue(s.allCoordinatesFinite());
        assertEquals(0, s.saveDepth);
        RecordingSurface phone = new RecordingSurface(300, 240);
        painter.paint(phone, t, "Epoch 1, step by step");
        for (RecordingSurface.Text text : phone.texts) {
            if (text.align() < 0) {
                assertTrue(text.x() + phone.textWidth(text.text()) <= 300, "'" + text.text() + "' runs off a 300 px view");
            }
        }
        assertTrue(painter.frame().top() > phone.texts.stream().filter(x -> x.text().equals("diverged"))
                .findFirst().orElseThrow().y(), "the key wraps above the plot");
    }

    @Test
    void aNewEpochStartsAFreshRecordButTheFirstStepsRecordKeepsItsStart() {
        Network n = node();
        StepTrajectory perEpoch = new StepTrajectory(3, true);
        StepTrajectory first = new StepTrajectory(3, false);
        for (int e = 0; e < 2; e++) {
            perEpoch.epochStarting(n, e);
            first.epochStarting(n, e);
            for (int k = 0; k < 4; k++) {
                perEpoch.batchTrained(n, e * 10 + k, false);
                first.batchTrained(n, e * 10 + k, false);
            }
        }
        assertEquals(1, perEpoch.epoch());
        assertEquals(4, perEpoch.steps());
        assertEquals(3, perEpoch.stored(), "capacity 3: the fourth step is counted, not kept");
        assertEquals(10.0, perEpoch.loss(1));
        assertEquals(0, first.epoch());
        assertEquals(8, first.steps());
        assertEquals(0.0, first.loss(1));
        assertEquals(2.0, first.loss(3));
        RecordingSurface s = new RecordingSurface(300, 200);
        new TrajectoryPainter().paint(s, new StepTrajectory(5, true), "none");
        assertTrue(s.hasText("No step yet"));
    }

    @Test
    void eachVariantsFitIsDrawnInItsOwnPanelOverTheData() {
        Domain domain = new Domain(-1, 1, -1.5, 1.5);
        Dataset train = ViewFixtures.curvePoints(40, 5, domain);
        ViewGrid grid = ViewGrid.line(domain, 50);
        double[] slopes = {1, -1, 0.25};
        GridEvaluator[] fits = new GridEvaluator[slopes.length];
        for (int k = 0; k < slopes.length; k++) {
            Network n = node();
            n.weightBlock(1).values()[0] = slopes[k];
            n.biasBlock(1).values()[0] = 0;
            fits[k] = new GridEvaluator(n.spec(), grid.points());
            grid.writeInputs(FeatureSet.defaults(), fits[k]);
            fits[k].evaluate(n, grid.points());
        }
        String[] names = {"ReLU", "Sigmoid", "Tanh"};
        FitsPainter painter = new FitsPainter();
        RecordingSurface wide = new RecordingSurface(480, 160);
        painter.paint(wide, grid, fits, train, names);
        assertEquals(3, painter.columns());
        assertEquals(1, painter.rows());
        PlotFrame last = painter.frame();
        for (int k = 0; k < 3; k++) {
            assertTrue(wide.hasText(names[k]));
            Path curve = longest(wide, CompareChartPainter.colour(Palette.LIGHT, k, 3));
            assertEquals(grid.points(), curve.segments().size(), names[k] + ": the whole curve");
            if (k == 2) {
                assertEquals(last.px(1), curve.segments().get(grid.points() - 1).x(), 1e-9);
                assertEquals(last.py(0.25), curve.segments().get(grid.points() - 1).y(), 1e-9, "y = 0.25 x at x = 1");
            }
        }
        long dotPaths = wide.paths.stream().filter(p -> !p.stroked() && p.count(Kind.CIRCLE) == train.size()).count();
        assertEquals(3, dotPaths, "the training points in every panel");
        RecordingSurface narrow = new RecordingSurface(300, 240);
        painter.paint(narrow, grid, fits, train, names);
        assertEquals(2, painter.columns(), "panels wrap on a narrow surface");
        assertEquals(2, painter.rows());
        assertTrue(narrow.allCoordinatesFinite());
        assertEquals(0, narrow.saveDepth);
    }
}
