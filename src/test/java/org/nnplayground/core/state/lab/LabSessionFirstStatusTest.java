package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.core.state.SessionFrames.largeImages;
import static org.nnplayground.core.state.SessionFrames.ticking;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.state.FrameTraining;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/**
 * An image run whose first status (and the trainer's initial loss, the base of its explosion limit)
 * is too large to compute at once: the lab session starts with a placeholder, the frames bring the
 * exact status, Play pressed before it arrives waits for it rather than computing the initial loss
 * in one go, and the run is bit for bit the same whether the status was waited for, played through
 * or stepped past. Adding an image (a new training set under the same weights) leaves its status
 * and initial loss to the frames as well.
 */
class LabSessionFirstStatusTest {
    /** Batches of one image each trained in every comparison. */
    private static final int BATCHES = 3;

    private static String fingerprint(Trainer trainer) {
        return trainer.network().fingerprint().hex();
    }

    /** Frames (paused or playing) until the session shows a real status; how many it took. */
    private static int framesUntilStatus(LabSession session, DoubleSupplier clock) {
        int frames = 0;
        while (FrameTraining.isPending(session.last()) && frames < 100_000) {
            session.frame(clock, 25);
            frames++;
        }
        return frames;
    }

    /** The run whose initial loss its first batch computes at once, {@code BATCHES} batches on. */
    private static String direct() {
        LabSession direct = new LabSession(largeImages());
        assertTrue(direct.trainer().needsInitialLoss());
        direct.trainer().advanceBatches(BATCHES);
        assertFalse(direct.trainer().needsInitialLoss());
        return fingerprint(direct.trainer());
    }

    @Test
    void theFirstStatusComesOverFramesAndPlayBeforeItWaitsForItWithoutChangingTheRun() {
        LabSession waited = new LabSession(largeImages());
        StepResult placeholder = waited.last();
        assertTrue(FrameTraining.isPending(placeholder), "no status computed at once: " + placeholder);
        assertTrue(Double.isNaN(placeholder.train().loss()), "shown as a dash until it is known");
        assertEquals(0, waited.history().size(), "the placeholder is no point of the history");
        assertTrue(waited.trainer().needsInitialLoss());
        DoubleSupplier clock = ticking(4);
        int frames = framesUntilStatus(waited, clock);
        assertTrue(frames > 1, "spread over frames: " + frames);
        StepResult exact = waited.trainer().status();
        assertEquals(exact.train(), waited.last().train(), "bit for bit the trainer's own status");
        assertEquals(exact.test(), waited.last().test());
        assertEquals(1, waited.history().size());
        assertFalse(waited.trainer().needsInitialLoss(), "the frames' metrics gave the trainer its initial loss");

        LabSession played = new LabSession(largeImages());
        played.play();
        int before = 0;
        while (FrameTraining.isPending(played.last()) && before < 100_000) {
            played.frame(clock, 25);
            before++;
            if (FrameTraining.isPending(played.last())) {
                assertEquals(0, played.trainer().sampleUpdates(), "nothing trained before the status, frame " + before);
                assertTrue(played.trainer().needsInitialLoss(), "no frame computed the initial loss in one go");
            }
        }
        assertTrue(before > 1, "the status still came over frames while playing: " + before);
        assertEquals(exact.train(), played.last().train(), "the same first status");

        waited.play();
        DoubleSupplier slow = ticking(10); // one batch per frame: the counts below are exact
        for (LabSession s : new LabSession[] {waited, played}) {
            while (s.trainer().sampleUpdates() < BATCHES) {
                s.frame(slow, 25);
            }
            s.pause();
        }
        assertEquals(BATCHES, waited.trainer().sampleUpdates());
        assertEquals(BATCHES, played.trainer().sampleUpdates());
        String expected = direct();
        assertEquals(expected, fingerprint(waited.trainer()), "waited for the status, then played");
        assertEquals(expected, fingerprint(played.trainer()), "played before the status arrived");
    }

    @Test
    void stepsBeforeTheStatusGiveTheSameRunAndLeaveTheirStatusToTheFrames() {
        LabSession stepped = new LabSession(largeImages());
        for (int i = 0; i < BATCHES; i++) {
            stepped.stepBatch();
        }
        assertEquals(BATCHES, stepped.trainer().sampleUpdates());
        assertEquals(direct(), fingerprint(stepped.trainer()));
        assertTrue(FrameTraining.isPending(stepped.last()), "no status computed at once after a step");
        framesUntilStatus(stepped, ticking(4));
        StepResult exact = stepped.trainer().status();
        assertEquals(exact.train(), stepped.last().train(), "the frames bring the stepped weights' status");
        assertEquals(BATCHES, stepped.last().sampleUpdates());
    }

    @Test
    void anAddedImageLeavesItsStatusAndInitialLossToTheFramesAndTheRunIsUnchanged() {
        LabSession session = new LabSession(largeImages());
        DoubleSupplier clock = ticking(4);
        framesUntilStatus(session, clock);
        session.play();
        DoubleSupplier once = ticking(10);
        while (session.trainer().sampleUpdates() < 1) {
            session.frame(once, 25);
        }
        session.pause();
        double[] trained = session.trainer().network().parameterBuffer();
        session.trainer().network().copyParametersTo(trained);
        long version = session.weightsVersion();

        ImageModel m = (ImageModel) session.state().model();
        LabState added = session.state().withModel(m.withAdded(
                m.added().with(AddedImagesTrainingTest.keyboardDrawing(16).pixels(), 2, 4)));
        session.apply(added);
        assertEquals(481, session.trainer().trainData().size(), "the drawing joined the training set");
        assertTrue(FrameTraining.isPending(session.last()), "the new set's status is left to the frames");
        assertTrue(session.weightsVersion() != version, "the weights count as changed");
        assertTrue(session.trainer().needsInitialLoss());

        session.play();
        DoubleSupplier slow = ticking(10); // one batch per frame
        session.frame(slow, 25);
        assertEquals(0, session.trainer().sampleUpdates(), "the first frame after Play trains nothing yet");
        assertTrue(session.trainer().needsInitialLoss(), "nor computes the initial loss in one go");
        int frames = 1;
        while (session.trainer().sampleUpdates() < BATCHES && frames < 100_000) {
            session.frame(slow, 25);
            frames++;
            if (session.trainer().needsInitialLoss()) {
                assertEquals(0, session.trainer().sampleUpdates(), "nothing trained before the initial loss is known");
            }
        }
        assertTrue(frames > 1, "the initial loss of the reset weights came over frames: " + frames);

        // The same: the regathered trainer computing its initial loss at its first batch.
        Trainer direct = added.newTrainer(added.model().generate());
        direct.restore(trained, 0);
        direct.advanceBatches(BATCHES);
        assertEquals(fingerprint(direct), fingerprint(session.trainer()));
        assertEquals(direct.divergence(), session.trainer().divergence());
    }
}
