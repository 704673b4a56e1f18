package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.ProblemType;

/**
 * Drawing while training: a new point goes on training the network as it is (same weights, epoch and
 * loss history); a drawing with no points trains nothing; anything else still starts again.
 */
class SessionDrawingTest {
    private static PlaygroundState withPoints(DrawnPoints p) {
        PlaygroundState base = Presets.defaultPreset().state();
        return StateEdits.withData(base, base.data().withDrawn(p));
    }

    private static double[] weights(Session s) {
        double[] w = s.trainer().network().parameterBuffer();
        s.trainer().network().copyParametersTo(w);
        return w;
    }

    @Test
    void aNewPointKeepsTheWeightsTheEpochAndTheHistory() {
        DrawnPoints p = DrawnPoints.empty(ProblemType.CLASSIFICATION).with(-3, -3, 0).with(3, 3, 1).with(-3, 3, 1);
        Session s = new Session(withPoints(p));
        s.play();
        for (int i = 0; i < 5; i++) {
            s.frame();
        }
        assertEquals(5, s.last().epoch());
        double[] before = weights(s);
        int history = s.history().size();
        s.apply(withPoints(p.with(3, -3, 0)));
        assertEquals(4, s.data().size());
        assertEquals(5, s.last().epoch());
        assertArrayEquals(before, weights(s));
        assertTrue(s.history().size() >= history, "the loss curve is kept: " + s.history().size());
        assertTrue(s.playing());
        s.frame();
        assertEquals(6, s.last().epoch(), "and training goes on");

        s.apply(s.state().withSeed(7)); // not a drawing change: a new start
        assertEquals(0, s.last().epoch());
    }

    @Test
    void aDrawingWithoutPointsTrainsNothing() {
        Session s = new Session(withPoints(DrawnPoints.empty(ProblemType.REGRESSION_2D)));
        double[] before = weights(s);
        s.play();
        s.frame();
        s.stepEpoch();
        assertEquals(0, s.last().epoch());
        assertArrayEquals(before, weights(s));
        assertTrue(!s.last().diverged());
        s.apply(withPoints(DrawnPoints.empty(ProblemType.REGRESSION_2D).with(1, 1, 0.5)));
        s.frame();
        assertEquals(1, s.last().epoch(), "the first point trains");
    }
}
