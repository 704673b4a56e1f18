package org.nnplayground.core.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.lab.FreeRun;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.view.Palette;
import org.nnplayground.core.view.PlotFrame;

/** Target and prediction over the steps, and the free-running continuation beside the true one. */
class SequenceCurvePainterTest {
    @Test
    void targetsAreDotsAndThePredictionIsTheBlueCurveAtEveryStep() {
        SequenceTrace t = UnrolledPainterTest.trace("lab=sine&len=20&cell=elman&h=4", 1);
        Palette p = Palette.LIGHT;
        Recorder r = new Recorder(400, 200, p);
        SequenceCurvePainter painter = new SequenceCurvePainter();
        painter.paint(r, t, null);
        PlotFrame f = painter.frame();
        Recorder.Path dots = r.paths.stream().filter(x -> !x.stroked() && x.colour() == p.ink()).findFirst().orElseThrow();
        assertEquals(20, dots.circles());
        for (int k = 0; k < 20; k++) {
            assertEquals(f.px(k + 1), dots.points().get(k)[0], 1e-9, "the target of step k sits at step k + 1");
            assertEquals(f.py(t.target(k, 0)), dots.points().get(k)[1], 1e-9);
        }
        List<Recorder.Path> blue = r.stroked(p.positive());
        assertEquals(1, blue.size());
        assertEquals(20, blue.get(0).points().size());
        assertEquals(f.py(t.output(7, 0)), blue.get(0).points().get(7)[1], 1e-9);
        assertTrue(r.stroked(p.negative()).isEmpty(), "no free run asked for");
        assertTrue(r.says("prediction") && r.says("target"));
    }

    @Test
    void freeRunningDrawsTheGeneratedContinuationBesideTheTrueSine() {
        LabSession session = new LabSession(LabLinks.decode("lab=sine&len=20&cell=elman&h=8").state());
        session.stepEpochs(5);
        FreeRun run = FreeRun.of(session, 0, 40);
        SequenceTrace t = SequenceTrace.of(session, true, 0);
        Palette p = Palette.DARK;
        Recorder r = new Recorder(500, 220, p);
        SequenceCurvePainter painter = new SequenceCurvePainter();
        painter.paint(r, t, run);
        List<Recorder.Path> orange = r.stroked(p.negative());
        assertEquals(1, orange.size());
        assertEquals(41, orange.get(0).points().size(), "from the last prediction on, one point per generated step");
        assertEquals(painter.frame().px(60), orange.get(0).points().get(40)[0], 1e-9);
        Recorder.Path dots = r.paths.stream().filter(x -> !x.stroked() && x.colour() == p.ink()).findFirst().orElseThrow();
        assertEquals(60, dots.circles(), "the targets, then the true continuation");
        assertTrue(r.says("free-running"));
        assertTrue(SequenceCurvePainter.describe(t, run, 0).contains("strays from the true sine by up to"));
    }

    @Test
    void aSequenceToOneProblemShowsOneTargetAndOnePredictionAtTheEnd() {
        SequenceTrace t = UnrolledPainterTest.trace("lab=adding&len=8&cell=elman&h=3", 1);
        Palette p = Palette.LIGHT;
        Recorder r = new Recorder(400, 200, p);
        SequenceCurvePainter painter = new SequenceCurvePainter();
        painter.paint(r, t, null);
        Recorder.Path dots = r.paths.stream().filter(x -> !x.stroked() && x.colour() == p.ink()).findFirst().orElseThrow();
        assertEquals(1, dots.circles());
        assertEquals(painter.frame().px(8), dots.points().get(0)[0], 1e-9);
        assertTrue(r.paths.stream().anyMatch(x -> !x.stroked() && x.colour() == p.positive() && x.circles() == 1));
        long rings = r.paths.stream().filter(x -> x.stroked() && x.colour() == p.mutedText() && x.circles() == 1).count();
        assertEquals(2, rings, "the two marked numbers are ringed");
        assertTrue(r.says("input (marked: ringed)"));
    }
}
