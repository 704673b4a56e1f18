package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.core.state.SessionFrames.deepPoints;
import static org.nnplayground.core.state.SessionFrames.ticking;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.train.StepResult;

/**
 * A network whose first status (and the trainer's initial loss, from which its explosion limit
 * comes) is too large to compute at once: the session starts at once with a placeholder without
 * losses, the frames bring the exact status, and the run is bit for bit the one whose initial loss
 * was computed at once.
 */
class SessionFirstStatusTest {
    @Test
    void theFirstStatusOfALargeNetworkComesOverFramesIsExactAndTheRunIsUnchanged() {
        Session session = new Session(deepPoints());
        StepResult placeholder = session.last();
        assertTrue(FrameTraining.isPending(placeholder), "no status computed at once: " + placeholder);
        assertTrue(Double.isNaN(placeholder.train().loss()), "its loss is not known yet (shown as a dash)");
        assertFalse(placeholder.train().hasAccuracy());
        assertEquals(0, placeholder.epoch());
        assertTrue(session.trainer().needsInitialLoss());
        assertEquals(0, session.history().size(), "the placeholder is no point of the loss history");

        DoubleSupplier clock = ticking(4);
        int frames = 0;
        while (FrameTraining.isPending(session.last()) && frames < 100_000) {
            session.frame(clock, 25);
            frames++;
        }
        assertTrue(frames > 1, "spread over several frames: " + frames);
        StepResult exact = session.trainer().status();
        assertEquals(exact.train(), session.last().train(), "bit for bit the trainer's own status");
        assertEquals(exact.test(), session.last().test());
        assertEquals(1, session.history().size(), "the real status is the history's first point");
        assertFalse(session.trainer().needsInitialLoss(), "the frames' metrics also gave the trainer its initial loss");

        session.play();
        for (int i = 0; i < 6; i++) {
            session.frame(clock, 25);
        }
        long updates = session.trainer().sampleUpdates();
        assertTrue(updates > 0, "it trained");
        // The same run whose initial loss is computed when its first batch needs it.
        Session direct = new Session(deepPoints());
        assertTrue(direct.trainer().needsInitialLoss());
        direct.trainer().advanceBatches((int) (updates / 10));
        assertFalse(direct.trainer().needsInitialLoss());
        assertEquals(updates, direct.trainer().sampleUpdates());
        assertEquals(direct.trainer().network().fingerprint().hex(), session.trainer().network().fingerprint().hex());
        assertEquals(direct.trainer().divergence(), session.trainer().divergence());
    }

    @Test
    void playPressedBeforeTheStatusArrivesWaitsForItInsteadOfComputingTheInitialLossAtOnce() {
        Session session = new Session(deepPoints());
        session.play();
        DoubleSupplier clock = ticking(4);
        int frames = 0;
        while (FrameTraining.isPending(session.last()) && frames < 100_000) {
            session.frame(clock, 25);
            frames++;
            if (FrameTraining.isPending(session.last())) {
                assertEquals(0, session.trainer().sampleUpdates(), "nothing trained before the status, frame " + frames);
                assertTrue(session.trainer().needsInitialLoss(), "no frame computed the initial loss in one go");
            }
        }
        assertTrue(frames > 1, "the status came over frames while playing: " + frames);
        assertFalse(session.trainer().needsInitialLoss());
        DoubleSupplier slow = ticking(10); // one batch per frame
        while (session.trainer().sampleUpdates() < 20) {
            session.frame(slow, 25);
        }
        Session direct = new Session(deepPoints());
        direct.trainer().advanceBatches(2);
        assertEquals(20, session.trainer().sampleUpdates());
        assertEquals(direct.trainer().network().fingerprint().hex(), session.trainer().network().fingerprint().hex());
    }

    @Test
    void aFrameWithoutAClockComputesThePlaceholdersStatusAtOnce() {
        Session session = new Session(deepPoints());
        StepResult shown = session.frame();
        assertFalse(FrameTraining.isPending(shown));
        assertTrue(Double.isFinite(shown.train().loss()));
        assertEquals(shown.epoch(), session.trainer().epoch());
    }

    @Test
    void aSmallNetworksFirstStatusIsStillThereAtOnce() {
        Session session = new Session(Presets.defaultPreset().state());
        assertFalse(FrameTraining.isPending(session.last()));
        assertFalse(session.trainer().needsInitialLoss());
        assertEquals(session.trainer().status().train(), session.last().train());
    }
}
