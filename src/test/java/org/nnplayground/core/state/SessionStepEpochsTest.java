package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.train.EpochLog;

/**
 * {@link Session#stepEpochs}: a long step cut into slices that each fit a time budget, with the same
 * result as the whole step at once; and {@link Session#onEpoch}, which every trainer of the session reports to.
 */
class SessionStepEpochsTest {
    /** A clock by which each epoch of {@code session} takes {@code msPerEpoch} (it reads the epoch count). */
    private static DoubleSupplier epochClock(Session session, double msPerEpoch) {
        return () -> session.trainer().epoch() * msPerEpoch;
    }

    @Test
    void slicesFitTheBudgetAndAddUpToTheWholeStep() {
        Preset xor = Presets.byId("xor");
        Session sliced = new Session(xor.state());
        DoubleSupplier clock = epochClock(sliced, 2);
        List<Integer> slices = new ArrayList<>();
        int left = 5000;
        while (left > 0) {
            int done = sliced.stepEpochs(left, clock, 25);
            assertTrue(done >= 1 && done <= 13, "a slice of " + done + " epochs at 2 ms each in 25 ms");
            slices.add(done);
            left -= done;
        }
        assertEquals(0, left);
        assertTrue(slices.size() >= 5000 / 13, slices.size() + " slices");
        assertEquals(5000, sliced.last().epoch());

        Session whole = new Session(xor.state());
        whole.trainer().trainEpochs(5000);
        assertEquals(whole.trainer().network().fingerprint().hex(), sliced.trainer().network().fingerprint().hex());
        assertEquals(whole.trainer().status().train().loss(), sliced.last().train().loss());
    }

    @Test
    void aFastClockTrainsTheWholeStepInOneSliceAndNothingAsksForNothing() {
        Session session = new Session(Presets.byId("xor").state());
        assertEquals(300, session.stepEpochs(300, () -> 0, 25));
        assertEquals(0, session.stepEpochs(0, () -> 0, 25));
        assertEquals(300, session.last().epoch());
    }

    @Test
    void aCoarseClockThatReadsNoTimeForTheFirstEpochsDoesNotTakeThemForFree() {
        // Epochs of 0.01 ms read on a clock of 0.1 ms steps (as performance.now() is in a browser):
        // the first ten epochs seem to take no time. About 25 / 0.01 = 2,500 epochs fit in 25 ms.
        Session session = new Session(Presets.byId("xor").state());
        DoubleSupplier coarse = () -> Math.floor(session.trainer().epoch() * 0.01 / 0.1) * 0.1;
        int done = session.stepEpochs(5000, coarse, 25);
        assertTrue(done >= 1000 && done <= 3000, done + " epochs in one slice of 25 ms");
    }

    @Test
    void aSlowEpochStillTrainsOnePerSlice() {
        Session session = new Session(Presets.byId("xor").state());
        assertEquals(1, session.stepEpochs(50, epochClock(session, 100), 25));
    }

    @Test
    void aDivergedRunStepsNoFurther() {
        Session session = new Session(Presets.byId("one-node").state());
        session.apply(session.state().withTraining(session.state().training().withLearningRate(10)));
        int left = 200;
        while (left > 0) {
            int done = session.stepEpochs(left, () -> 0, 25);
            if (done == 0) {
                break;
            }
            left -= done;
        }
        assertTrue(session.last().diverged(), "a learning rate of 10 diverges");
        assertEquals(0, session.stepEpochs(10, () -> 0, 25));
    }

    @Test
    void theEpochObserverFollowsTheSessionToNewTrainers() {
        Session session = new Session(Presets.byId("xor").state());
        EpochLog log = new EpochLog();
        session.onEpoch(log);
        session.stepEpochs(3, () -> 0, 25);
        session.stepEpoch();
        assertEquals(4, log.take());
        assertEquals(4, log.epoch(3));
        session.replace(Presets.byId("spiral3").state()); // a new trainer
        session.stepEpoch();
        session.reset();
        session.stepEpoch();
        assertEquals(2, log.take());
        assertEquals(1, log.epoch(0));
        assertEquals(1, log.epoch(1));
    }
}
