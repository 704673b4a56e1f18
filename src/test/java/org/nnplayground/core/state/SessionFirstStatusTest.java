package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.StepResult;

/**
 * A network whose first status (and the trainer's initial loss, from which its explosion limit
 * comes) is too large to compute at once: the session starts at once with a placeholder without
 * losses, the frames bring the exact status, and the run is bit for bit the one whose initial loss
 * was computed at once.
 */
class SessionFirstStatusTest {
    /** A clock that moves {@code step} ms on every reading. */
    private static DoubleSupplier ticking(double step) {
        double[] now = {0};
        return () -> now[0] += step;
    }

    /** The default circle through eight hidden layers of 256 tanh neurons: its training set's forward pass alone is beyond 100 million multiply-adds. */
    private static PlaygroundState deep() {
        PlaygroundState s = Presets.defaultPreset().state();
        return s.withHidden(Collections.nCopies(8, 256), Collections.nCopies(8, Activation.TANH));
    }

    @Test
    void theFirstStatusOfALargeNetworkComesOverFramesAndIsExact() {
        Session session = new Session(deep());
        StepResult placeholder = session.last();
        assertTrue(FrameTraining.isPending(placeholder), "no status computed at once: " + placeholder);
        assertTrue(Double.isNaN(placeholder.train().loss()), "its loss is not known yet (shown as a dash)");
        assertFalse(placeholder.train().hasAccuracy());
        assertEquals(0, placeholder.epoch());
        assertTrue(session.trainer().needsInitialLoss());
        assertEquals(0, session.history().size(), "the placeholder is no point of the loss history");

        DoubleSupplier clock = ticking(4);
        int frames = 0;
        while (FrameTraining.isPending(session.last()) && frames < 10_000) {
            session.frame(clock, 25);
            frames++;
        }
        assertTrue(frames > 1, "spread over several frames: " + frames);
        StepResult exact = session.trainer().status();
        assertEquals(exact.train(), session.last().train(), "bit for bit the trainer's own status");
        assertEquals(exact.test(), session.last().test());
        assertFalse(session.trainer().needsInitialLoss(), "the frames' metrics also gave the trainer its initial loss");
    }

    @Test
    void aFrameWithoutAClockComputesThePlaceholdersStatusAtOnce() {
        Session session = new Session(deep());
        StepResult shown = session.frame();
        assertFalse(FrameTraining.isPending(shown));
        assertEquals(session.trainer().status().train(), shown.train());
    }

    @Test
    void theRunIsTheSameWhetherTheInitialLossCameFromTheFramesOrTheFirstBatch() {
        Session framed = new Session(deep());
        DoubleSupplier clock = ticking(4);
        while (FrameTraining.isPending(framed.last())) {
            framed.frame(clock, 25);
        }
        framed.play();
        for (int i = 0; i < 6; i++) {
            framed.frame(clock, 25);
        }
        long updates = framed.trainer().sampleUpdates();
        assertTrue(updates > 0, "it trained");

        Session direct = new Session(deep()); // its limit is computed when the first batch needs it
        assertTrue(direct.trainer().needsInitialLoss());
        direct.trainer().advanceBatches((int) (updates / 10));
        assertFalse(direct.trainer().needsInitialLoss());
        assertEquals(updates, direct.trainer().sampleUpdates());
        assertEquals(direct.trainer().network().fingerprint().hex(), framed.trainer().network().fingerprint().hex());
        assertEquals(direct.trainer().divergence(), framed.trainer().divergence());
    }

    @Test
    void aSmallNetworksFirstStatusIsStillThereAtOnce() {
        Session session = new Session(Presets.defaultPreset().state());
        assertFalse(FrameTraining.isPending(session.last()));
        assertFalse(session.trainer().needsInitialLoss());
        assertEquals(session.trainer().status().train(), session.last().train());
    }
}
