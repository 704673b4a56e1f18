package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Stop conditions pause training when it reaches them, and never hold it back once they are behind
 * it: Play after "Stop at epoch" was reached trains on, and so does Play on a trained network opened
 * at or beyond the limit.
 */
class SessionStopTest {
    private static Session session(int speed) {
        Session s = new Session(Presets.defaultPreset().state());
        s.setSpeed(speed);
        return s;
    }

    /** Plays frames until training pauses on its own (at most {@code frames}); returns the frames played. */
    private static int playUntilPaused(Session s, int frames) {
        s.play();
        for (int i = 0; i < frames; i++) {
            s.frame();
            if (!s.playing()) {
                return i + 1;
            }
        }
        return frames;
    }

    @Test
    void theEpochLimitPausesExactlyThereAndPlayThenTrainsOn() {
        Session s = session(7);
        s.setEpochLimit(20);
        playUntilPaused(s, 100);
        assertEquals(20, s.last().epoch());
        assertEquals("reached the epoch limit of 20", s.stopReason());

        s.play();
        assertTrue(s.playing());
        s.frame();
        assertEquals(27, s.last().epoch(), "Play after the pause trains on past the limit");
        assertTrue(s.playing(), "and does not pause again at once");
        assertNull(s.stopReason());
        assertEquals(20, s.epochLimit(), "the limit stays set");

        s.reset();
        playUntilPaused(s, 100);
        assertEquals(20, s.last().epoch(), "after a reset the limit holds again");
    }

    @Test
    void aTrainedNetworkOpenedAtOrBeyondTheLimitTrainsOnPlay() {
        for (int taken : new int[] {30, 31}) {
            Session s = session(1);
            Session source = session(1);
            source.trainer().trainEpochs(taken);
            double[] w = source.trainer().network().parameterBuffer();
            source.trainer().network().copyParametersTo(w);
            s.setEpochLimit(30);
            s.restore(w, taken);
            assertFalse(s.playing(), "a trained network opens paused");
            s.play();
            s.frame();
            s.frame();
            assertEquals(taken + 2, s.last().epoch(), "Play trains from epoch " + taken + " with the limit at 30");
            assertTrue(s.playing());
        }
    }

    @Test
    void aLimitAheadOfATrainedNetworkStillStopsIt() {
        Session source = session(1);
        source.trainer().trainEpochs(10);
        double[] w = source.trainer().network().parameterBuffer();
        source.trainer().network().copyParametersTo(w);
        Session s = session(4);
        s.setEpochLimit(15);
        s.restore(w, 10);
        playUntilPaused(s, 100);
        assertEquals(15, s.last().epoch());
    }

    @Test
    void aTargetLossAlreadyReachedDoesNotHoldPlayBack() {
        Session s = session(10);
        s.setTargetLoss(0.2);
        int frames = playUntilPaused(s, 10_000);
        assertTrue(frames < 10_000, "the default network reaches a loss of 0.2");
        assertEquals("reached the target loss", s.stopReason());
        int paused = s.last().epoch();
        s.play();
        s.frame();
        s.frame();
        assertEquals(paused + 20, s.last().epoch(), "Play trains on below the target");
        assertTrue(s.playing());
    }

    @Test
    void theWeightsVersionMovesWithEveryChangeOfTheWeightsAndOnlyThen() {
        Session s = session(1);
        long v = s.weightsVersion();
        s.apply(s.state().withTraining(s.state().training().withLearningRate(0.1)));
        s.setEpochLimit(5);
        s.setSpeed(3);
        s.play();
        s.pause();
        assertEquals(v, s.weightsVersion(), "settings, play and pause leave the weights alone");
        long[] seen = new long[6];
        s.stepEpoch();
        seen[0] = s.weightsVersion();
        s.stepBatch();
        seen[1] = s.weightsVersion();
        s.setWeight(1, 0, 0, 0.5);
        seen[2] = s.weightsVersion();
        s.setBias(1, 0, 0.5);
        seen[3] = s.weightsVersion();
        s.reset();
        seen[4] = s.weightsVersion();
        s.play();
        s.frame();
        seen[5] = s.weightsVersion();
        long before = v;
        for (long now : seen) {
            assertNotEquals(before, now);
            before = now;
        }
    }
}
