package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.core.state.SessionFrames.deepPoints;
import static org.nnplayground.core.state.SessionFrames.ticking;
import static org.nnplayground.core.state.SessionFrames.trainStepOverFrames;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * Step and Step batch pressed on a network too large to train a step at once, or before its initial
 * loss is known: nothing trains in the click, the frames bring the initial loss and then train the
 * steps in the order asked, and the run is bit for bit the one stepped at once.
 */
class HandStepTest {
    @Test
    void stepsPressedBeforeTheInitialLossIsKnownTrainOverFramesInTheOrderAskedAndGiveTheSameRun() {
        Session session = new Session(deepPoints());
        assertTrue(session.trainer().needsInitialLoss());
        session.askBatch();
        session.askBatch();
        session.askEpoch();
        assertEquals(0, session.trainer().sampleUpdates(), "nothing trained in the click");
        assertTrue(session.trainer().needsInitialLoss(), "the click did not compute the initial loss");
        assertTrue(session.stepping());

        DoubleSupplier clock = ticking(4);
        int framesTraining = trainStepOverFrames(session.trainer(), session::stepping, session::frame, clock);
        assertFalse(session.playing(), "steps do not start playing");
        assertTrue(framesTraining > 1, "the epoch went over several frames: " + framesTraining);
        assertEquals(1, session.trainer().epoch());

        Session direct = new Session(deepPoints());
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
        Session session = new Session(deepPoints());
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
        Session session = new Session(deepPoints());
        session.askBatch();
        session.frame();
        assertFalse(session.stepping());
        assertEquals(10, session.trainer().sampleUpdates());
    }
}
