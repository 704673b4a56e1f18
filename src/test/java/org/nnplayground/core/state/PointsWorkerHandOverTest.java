package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkSpeed;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.Trainer;

/**
 * The points' run handed to a worker and back ({@link WorkerHandOver} with a {@link Session} on both
 * sides, the worker's built from the page's link as the worker does): the page shows what the
 * worker sends, and after the run came back it stands exactly where a run trained only here would
 * after as many batches; a stop condition reached in the worker pauses the page with its reason.
 */
class PointsWorkerHandOverTest {

    /** A worker that makes its session from a points link, as the points module's worker does. */
    private static LocalWorker worker() {
        return new LocalWorker(fragment -> {
            LinkState link = LinkCodec.decode(fragment).link();
            Session worker = new Session(link.state());
            worker.setSpeed(LinkSpeed.speed(link.speed()));
            worker.setEpochLimit(link.stopEpoch());
            worker.setTargetLoss(link.stopLoss());
            return worker;
        });
    }

    /** The page's link, as the points page makes it for a hand-over. */
    private static String link(Session s) {
        return LinkCodec.encode(new LinkState(s.state(), "", false, false, s.epochLimit(), null, 0, List.of(), false,
                s.targetLoss(), LinkSpeed.of(s.speed())));
    }

    private static int batches(Trainer t) {
        int n = t.trainData().size();
        int b = t.config().batchSize();
        return t.epoch() * ((n + b - 1) / b) + t.samplesIntoEpoch() / b;
    }

    @Test
    void aRunTrainedPartlyInTheWorkerEndsWhereOneTrainedHereWould() {
        PlaygroundState state = Presets.defaultPreset().state();
        Session page = new Session(state);
        page.setSpeed(Speed.batchEvery(1));
        LocalWorker worker = worker();
        WorkerHandOver handOver = worker.connect(page);
        page.play();
        page.frame(null, 0);
        page.frame(null, 0);
        handOver.begin(link(page));
        for (int i = 0; i < 7; i++) {
            worker.slice();
        }
        assertEquals(worker.run.session().trainer().network().fingerprint().hex(),
                page.trainer().network().fingerprint().hex(), "the page shows the worker's weights");
        assertEquals(2, batches(page.trainer()), "the page's own trainer did not move");
        List<String> done = new ArrayList<>();
        handOver.whenLocal(() -> {
            done.add("pause");
            page.pause();
        });
        assertTrue(done.isEmpty(), "the pause waits for the run to come back");
        worker.deliverStop();
        assertEquals(List.of("pause"), done);
        assertEquals(2 + 7, batches(page.trainer()));

        Trainer straight = state.newTrainer();
        straight.advanceBatches(9);
        assertArrayEquals(straight.snapshot(), page.trainer().snapshot(), "the whole training state, bit for bit");
        page.stepBatch();
        straight.advanceBatches(1);
        assertEquals(straight.network().fingerprint().hex(), page.trainer().network().fingerprint().hex(),
                "training here goes on from the worker's state");
    }

    @Test
    void anEpochLimitReachedInTheWorkerPausesThePageWithItsReason() {
        Session page = new Session(Presets.defaultPreset().state());
        page.setEpochLimit(3);
        LocalWorker worker = worker();
        WorkerHandOver handOver = worker.connect(page);
        page.play();
        page.frame(null, 0);
        int pauses = page.pausesOnItsOwn();
        handOver.begin(link(page));
        for (int i = 0; i < 10 && !worker.stopAsked; i++) {
            worker.slice();
        }
        assertTrue(worker.stopAsked, "the worker stopped at the limit and the page asked for the run");
        worker.deliverStop();
        assertFalse(page.playing());
        assertEquals("reached the epoch limit of 3", page.stopReason());
        assertEquals(pauses + 1, page.pausesOnItsOwn(), "the page sees that training paused on its own");
        assertEquals(3, page.trainer().epoch());
        assertEquals(3, page.last().epoch());
    }

    @Test
    void aLimitAlreadyBehindTheRunDoesNotStopItInTheWorker() {
        Session page = new Session(Presets.defaultPreset().state());
        page.setEpochLimit(1);
        LocalWorker worker = worker();
        WorkerHandOver handOver = worker.connect(page);
        page.play();
        page.frame(null, 0);
        assertFalse(page.playing(), "the limit of one epoch was reached here");
        page.play(); // Play after the pause trains on past the limit
        handOver.begin(link(page));
        for (int i = 0; i < 4; i++) {
            worker.slice();
        }
        assertFalse(worker.stopAsked, "the worker trains on past a limit behind the run");
        assertEquals(5, page.last().epoch());
    }

    @Test
    void aTargetLossReachedInTheWorkerPausesThePage() {
        Session page = new Session(Presets.defaultPreset().state());
        page.setTargetLoss(0.45);
        LocalWorker worker = worker();
        WorkerHandOver handOver = worker.connect(page);
        page.play();
        handOver.begin(link(page));
        for (int i = 0; i < 500 && !worker.stopAsked; i++) {
            worker.slice();
        }
        worker.deliverStop();
        assertFalse(page.playing());
        assertEquals("reached the target loss", page.stopReason());
        assertTrue(page.last().train().loss() <= 0.45);
    }

    @Test
    void onlyALargeNetworkPlayingEveryFrameIsDue() {
        Session small = new Session(Presets.defaultPreset().state());
        WorkerHandOver smallHandOver = worker().connect(small);
        small.play();
        assertFalse(smallHandOver.due(true), "the default network trains here");

        PlaygroundState base = Presets.defaultPreset().state();
        PlaygroundState wide = base.withHidden(List.of(256, 256, 256, 256), List.of(Activation.RELU, Activation.RELU,
                Activation.RELU, Activation.RELU)).withTraining(base.training().withBatchSize(30));
        Session large = new Session(wide);
        WorkerHandOver handOver = worker().connect(large);
        assertFalse(handOver.due(true), "paused");
        large.play();
        assertTrue(handOver.due(true), "a batch of 30 through four layers of 256 is beyond a frame");
        assertFalse(handOver.due(false), "no worker to take it");
        assertNull(handOver.failure());
    }

    @Test
    void aSpeedBeyondWhatTheFramesTrainIsDueAfterHalfASecondOfCutFrames() {
        Session page = new Session(Presets.defaultPreset().state());
        WorkerHandOver handOver = worker().connect(page);
        page.setSpeed(Speed.epochsPerFrame(1000));
        page.play();
        java.util.function.DoubleSupplier clock = SessionFrames.ticking(1); // every reading 1 ms on: a 25 ms frame trains a few epochs
        for (int i = 1; i < RunStatus.BOUND_FRAMES; i++) {
            page.frame(clock, 25);
            assertFalse(handOver.due(true), "not yet after " + i + " cut frames");
        }
        page.frame(clock, 25);
        assertTrue(page.budgetBound());
        assertTrue(handOver.due(true), "a default network at 1,000 epochs a frame is cut by the budget every frame");

        page.setSpeed(Speed.epochsPerFrame(1));
        assertFalse(handOver.due(true), "a new speed is counted again");
        for (int i = 0; i < 2 * RunStatus.BOUND_FRAMES; i++) {
            page.frame(clock, 25);
        }
        assertFalse(handOver.due(true), "one epoch a frame fits in the budget: the page trains it");
    }

    @Test
    void aRunHandedBackIsCountedAgainBeforeItGoesOnceMore() {
        Session page = new Session(Presets.defaultPreset().state());
        LocalWorker worker = worker();
        WorkerHandOver handOver = worker.connect(page);
        page.setSpeed(Speed.epochsPerFrame(1000));
        page.play();
        java.util.function.DoubleSupplier clock = SessionFrames.ticking(1);
        for (int i = 0; i < RunStatus.BOUND_FRAMES; i++) {
            page.frame(clock, 25);
        }
        assertTrue(handOver.due(true));
        handOver.begin(link(page));
        worker.slice();
        handOver.whenLocal(() -> { });
        worker.deliverStop();
        assertTrue(handOver.local());
        assertTrue(page.playing());
        assertFalse(handOver.due(true), "back on the page, the frames are counted again");
    }
}
