package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.core.state.SessionFrames.largeImages;
import static org.nnplayground.core.state.SessionFrames.ticking;
import static org.nnplayground.core.state.SessionFrames.trainStepOverFrames;

import org.junit.jupiter.api.Test;

/**
 * The image page's Step on a run whose initial loss is not known yet and whose epoch is billions of
 * multiply-adds: the click trains nothing, the frames bring the initial loss and then the epoch, and
 * the weights are bit for bit those of the epoch trained at once.
 */
class LabHandStepTest {
    @Test
    void stepBeforeTheInitialLossIsKnownTrainsItsEpochOverFramesAndGivesTheSameWeights() {
        LabSession session = new LabSession(largeImages());
        assertTrue(session.trainer().needsInitialLoss(), "the initial loss waits for the frames");
        session.askEpoch();
        assertEquals(0, session.trainer().sampleUpdates(), "nothing trained in the click");
        assertTrue(session.stepping());
        int framesTraining = trainStepOverFrames(session.trainer(), session::stepping, session::frame, ticking(4));
        assertTrue(framesTraining > 1, "the epoch went over several frames: " + framesTraining);
        assertEquals(1, session.trainer().epoch());
        LabSession direct = new LabSession(largeImages());
        direct.stepEpochs(1);
        assertEquals(direct.trainer().sampleUpdates(), session.trainer().sampleUpdates());
        assertEquals(direct.trainer().network().fingerprint().hex(), session.trainer().network().fingerprint().hex());
        assertFalse(session.playing());
    }
}
