package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.train.Trainer;

/** Speeds below one epoch per frame in {@link Session#frame}: counted in frames, the same bits at any speed. */
class SessionSpeedTest {
    private static Session playing(Speed speed) {
        Session session = new Session(Presets.defaultPreset().state()); // 250 training points, batches of 10
        session.setSpeed(speed);
        session.play();
        return session;
    }

    private static long samples(Session s) {
        return s.last().sampleUpdates();
    }

    @Test
    void oneBatchEveryTenFramesTrainsOnTheFirstFrameAndThenEveryTenth() {
        Session s = playing(Speed.batchEvery(10));
        s.frame();
        assertEquals(10, samples(s), "play answers at once: one batch of 10 on the first frame");
        for (int i = 1; i < 30; i++) {
            s.frame();
        }
        assertEquals(30, samples(s), "30 frames: 3 batches");
        assertEquals(0, s.last().epoch());
        assertEquals(3, EpochBatches.into(s.trainer()));
        assertEquals(25, EpochBatches.perEpoch(s.trainer()));
    }

    @Test
    void oneBatchPerFrameAndOneEpochEveryTenFrames() {
        Session batch = playing(Speed.batchEvery(1));
        for (int i = 0; i < 30; i++) {
            batch.frame();
        }
        assertEquals(1, batch.last().epoch(), "25 batches make an epoch");
        assertEquals(5, EpochBatches.into(batch.trainer()));
        Session epochs = playing(Speed.epochEvery(10));
        for (int i = 0; i < 25; i++) {
            epochs.frame();
        }
        assertEquals(3, epochs.last().epoch(), "frames 1, 11 and 21");
    }

    @Test
    void aSlowSpeedSpreadsTheSameBatchesOverTime() {
        Session slow = playing(Speed.batchEvery(3));
        DoubleSupplier clock = () -> 0.0;
        for (int i = 0; i < 3 * 60; i++) {
            slow.frame(clock, 25);
        }
        Trainer direct = Presets.defaultPreset().state().newTrainer();
        direct.trainBatches(60);
        assertEquals(direct.network().fingerprint().hex(), slow.trainer().network().fingerprint().hex());
        assertEquals(direct.epoch(), slow.last().epoch());
    }

    @Test
    void theEpochLimitStopsASlowSpeedAtTheEpochBoundary() {
        Session s = playing(Speed.batchEvery(1));
        s.setEpochLimit(1);
        for (int i = 0; i < 40; i++) {
            s.frame();
        }
        assertEquals(1, s.last().epoch());
        assertEquals(0, EpochBatches.into(s.trainer()));
        assertFalse(s.playing());
    }

    @Test
    void aVariantFollowsTheBatchesOrEpochsOfItsLeader() {
        Session leader = playing(Speed.batchEvery(1));
        Session variant = new Session(Presets.defaultPreset().state());
        for (int i = 0; i < 7; i++) {
            leader.frame();
            variant.follow(leader);
        }
        assertEquals(samples(leader), samples(variant));
        leader.setSpeed(Speed.epochsPerFrame(4));
        leader.frame();
        variant.follow(leader);
        assertEquals(4, leader.last().epoch());
        assertEquals(4, variant.last().epoch(), "finishing the epoch under way counts as one");
        assertEquals(leader.trainer().network().fingerprint().hex(), variant.trainer().network().fingerprint().hex());
        leader.pause();
        leader.frame();
        variant.follow(leader);
        assertEquals(4, variant.last().epoch(), "a paused leader trained nothing this frame");
    }

    @Test
    void stepBatchShowsTheBatchReachedInTheEpoch() {
        Session s = new Session(Presets.defaultPreset().state());
        assertEquals(0, EpochBatches.into(s.trainer()));
        for (int i = 0; i < 6; i++) {
            s.stepBatch();
        }
        assertEquals(6, EpochBatches.into(s.trainer()), "batch 6 of 25");
        assertEquals(25, EpochBatches.perEpoch(s.trainer()));
        for (int i = 0; i < 19; i++) {
            s.stepBatch();
        }
        assertEquals(0, EpochBatches.into(s.trainer()), "the epoch is complete: no batch under way");
        assertEquals(1, s.last().epoch());
        s.apply(s.state().withTraining(s.state().training().withBatchSize(100)));
        s.stepBatch();
        assertEquals(1, EpochBatches.into(s.trainer()));
        assertEquals(3, EpochBatches.perEpoch(s.trainer()), "250 points in batches of 100: 100, 100 and 50");
        assertTrue(s.last().sampleUpdates() > 0);
    }
}
