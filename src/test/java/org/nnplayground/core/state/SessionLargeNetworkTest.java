package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.core.state.SessionFrames.ticking;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.StepResult;

/**
 * {@link Session#frame(DoubleSupplier, double)} on a network whose epoch and metrics outlast a
 * frame: training stops at a batch within the budget, the metrics are computed over several frames
 * and are then exactly the trainer's status, and none of it changes where the run stands.
 */
class SessionLargeNetworkTest {
    /** The default circle with two hidden layers of 256 tanh neurons: an epoch is about 50 million multiply-adds. */
    private static PlaygroundState wide() {
        PlaygroundState s = Presets.defaultPreset().state();
        return s.withHidden(List.of(256, 256), List.of(Activation.TANH, Activation.TANH));
    }

    @Test
    void aLargeEpochIsCutAtABatchAndItsMetricsFollowExactly() {
        Session session = new Session(wide());
        session.play();
        DoubleSupplier clock = ticking(4); // every batch "takes" 4 ms: a 25 ms frame trains a few
        StepResult first = session.frame(clock, 25);
        assertEquals(0, session.trainer().epoch(), "the epoch is not finished in one frame");
        long updates = session.trainer().sampleUpdates();
        assertTrue(updates > 0 && updates < 250, "a few batches: " + updates);
        assertTrue(first.sampleUpdates() <= updates, "the metrics are of an earlier moment, never ahead");
        for (int i = 0; i < 200 && session.trainer().epoch() < 2; i++) {
            session.frame(clock, 25);
        }
        assertEquals(2, session.trainer().epoch());
        session.pause();
        long version = session.weightsVersion();
        for (int i = 0; i < 500 && session.last().sampleUpdates() != session.trainer().sampleUpdates(); i++) {
            session.frame(clock, 25);
        }
        assertEquals(version, session.weightsVersion(), "metrics that catch up leave the weights' version as it was");
        StepResult shown = session.last();
        StepResult exact = session.trainer().status();
        assertEquals(exact.sampleUpdates(), shown.sampleUpdates(), "paused, the metrics catch up");
        assertEquals(exact.epoch(), shown.epoch());
        assertEquals(exact.train(), shown.train(), "bit for bit the trainer's own status");
        assertEquals(exact.test(), shown.test());

        // The same run stepped batch by batch in one go.
        Session whole = new Session(wide());
        whole.trainer().advanceBatches((int) (session.trainer().sampleUpdates() / 10));
        assertEquals(whole.trainer().network().fingerprint().hex(), session.trainer().network().fingerprint().hex());
    }

    @Test
    void anEditWhileTheMetricsAreUnderWayIsShownAtOnce() {
        Session session = new Session(wide());
        session.play();
        DoubleSupplier clock = ticking(4);
        session.frame(clock, 25);
        session.frame(clock, 25);
        session.pause();
        long version = session.weightsVersion();
        session.setBias(1, 0, 3.0);
        assertTrue(session.weightsVersion() != version, "an edit is a change of the weights");
        StepResult edited = session.last();
        for (int i = 0; i < 50; i++) {
            session.frame(clock, 25);
        }
        assertEquals(session.trainer().status().train(), session.last().train(), "the edit's metrics, not older ones");
        assertEquals(edited.train(), session.last().train());
    }
}
