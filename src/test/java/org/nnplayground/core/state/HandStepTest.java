package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LinkCodec;

/**
 * Step and Step batch pressed on a network too large to train a step at once, or before its initial
 * loss is known: nothing trains in the click, the frames bring the initial loss and then train the
 * steps in the order asked, and the run is bit for bit the one stepped at once.
 */
class HandStepTest {
    /** A clock that moves {@code step} ms on every reading. */
    private static DoubleSupplier ticking(double step) {
        double[] now = {0};
        return () -> now[0] += step;
    }

    /** Sixteen hidden layers of 256 ReLU neurons on 2,400 points (an epoch of 120 batches, billions of multiply-adds). */
    private static PlaygroundState deep() {
        String h = String.join(",", Collections.nCopies(16, "256"));
        String act = String.join(",", Collections.nCopies(16, "relu"));
        return LinkCodec.decode("n=2400&h=" + h + "&act=" + act).link().state();
    }

    @Test
    void stepsPressedBeforeTheInitialLossIsKnownTrainOverFramesInTheOrderAskedAndGiveTheSameRun() {
        Session session = new Session(deep());
        assertTrue(session.trainer().needsInitialLoss());
        session.askBatch();
        session.askBatch();
        session.askEpoch();
        assertEquals(0, session.trainer().sampleUpdates(), "nothing trained in the click");
        assertTrue(session.trainer().needsInitialLoss(), "the click did not compute the initial loss");
        assertTrue(session.stepping());

        DoubleSupplier clock = ticking(4);
        int frames = 0;
        int framesTraining = 0;
        while (session.stepping() && frames < 100_000) {
            long before = session.trainer().sampleUpdates();
            boolean lossKnown = !session.trainer().needsInitialLoss();
            session.frame(clock, 25);
            frames++;
            if (session.trainer().sampleUpdates() > before) {
                framesTraining++;
                assertTrue(lossKnown, "a frame trained only once the initial loss was known, frame " + frames);
            }
        }
        assertFalse(session.stepping());
        assertFalse(session.playing(), "steps do not start playing");
        assertTrue(framesTraining > 1, "the epoch went over several frames: " + framesTraining);
        assertEquals(1, session.trainer().epoch());

        Session direct = new Session(deep());
        direct.trainer().advanceBatches(2);
        direct.trainer().advance(1);
        assertEquals(direct.trainer().sampleUpdates(), session.trainer().sampleUpdates());
        assertEquals(direct.trainer().network().fingerprint().hex(), session.trainer().network().fingerprint().hex());

        while (FrameTraining.isPending(session.last()) || session.last().sampleUpdates() != session.trainer().sampleUpdates()) {
            session.frame(clock, 25);
        }
        assertEquals(direct.trainer().status().train(), session.last().train(), "the frames bring the stepped weights' status");
    }

    @Test
    void playPressedWhileAStepWaitsTrainsOnFromWhereItGotAndResetForgetsIt() {
        Session session = new Session(deep());
        session.askEpoch();
        session.play();
        assertFalse(session.stepping(), "Play takes over from the step");
        DoubleSupplier clock = ticking(10); // one batch per frame once the initial loss is known
        while (session.trainer().sampleUpdates() < 30) {
            session.frame(clock, 25);
        }
        session.pause();
        for (int i = 0; i < 5; i++) {
            session.frame(clock, 25);
        }
        assertEquals(30, session.trainer().sampleUpdates(), "no step left to train after pausing");

        session.askEpoch();
        assertTrue(session.stepping());
        session.reset();
        assertFalse(session.stepping(), "a reset forgets the step");
        session.frame(clock, 25);
        assertEquals(0, session.trainer().sampleUpdates());
    }

    @Test
    void aSmallNetworksStepsTrainAtOnceAsBefore() {
        Session session = new Session(Presets.defaultPreset().state());
        session.askEpoch();
        assertFalse(session.stepping());
        assertEquals(1, session.trainer().epoch());
        assertEquals(session.trainer().status().train(), session.last().train());
        session.askBatch();
        assertFalse(session.stepping());
        Session direct = new Session(Presets.defaultPreset().state());
        direct.trainer().advance(1);
        direct.trainer().advanceBatches(1);
        assertEquals(direct.trainer().network().fingerprint().hex(), session.trainer().network().fingerprint().hex());
    }

    @Test
    void withoutAClockAFrameTrainsTheWaitingStepsAtOnce() {
        Session session = new Session(deep());
        session.askBatch();
        session.frame();
        assertFalse(session.stepping());
        assertEquals(10, session.trainer().sampleUpdates());
    }
}
