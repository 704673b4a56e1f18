package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.state.LocalWorker;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.state.WorkerHandOver;
import org.nnplayground.core.state.WorkerRun;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Trainer;

/**
 * The hand-over of a playing run to a worker and back, with the worker's side ({@link WorkerRun})
 * behind a channel whose messages are delivered when the test says (as a Web Worker's arrive later):
 * the page trains nothing while the run is away, shows what the worker sends, and after the run came
 * back stands exactly where a run trained only here would after as many batches.
 */
class WorkerHandOverTest {

    /** A worker whose session is a new one of {@code state} at {@code speed}, whatever the link it is sent. */
    private static LocalWorker worker(LabState state, Speed speed) {
        return new LocalWorker(fragment -> {
            LabSession worker = new LabSession(state);
            worker.setSpeed(speed);
            return worker;
        });
    }

    private static LabState state() {
        LabState base = LabState.defaultFor("parity", 4);
        return base.withTraining(base.training().withBatchSize(7).withOptimizer(OptimizerKind.MOMENTUM));
    }

    /** The batches {@code t} trained: whole epochs and the batches into the current one. */
    private static int batches(Trainer t) {
        int n = t.trainData().size();
        int b = t.config().batchSize();
        return t.epoch() * ((n + b - 1) / b) + t.samplesIntoEpoch() / b;
    }

    private static Trainer trainedStraight(LabState state, int batches) {
        Trainer t = state.newTrainer(state.model().generate());
        t.advanceBatches(batches);
        return t;
    }

    @Test
    void aRunTrainedPartlyInTheWorkerEndsWhereOneTrainedHereWould() {
        LabState state = state();
        Speed speed = Speed.batchEvery(1);
        LabSession page = new LabSession(state);
        page.setSpeed(speed);
        LocalWorker worker = worker(state, speed);
        WorkerHandOver handOver = worker.connect(page);
        page.play();
        page.frame(null, 0);
        page.frame(null, 0);
        handOver.begin("fragment");
        assertFalse(handOver.local());
        long versionBefore = page.weightsVersion();
        for (int i = 0; i < 5; i++) {
            worker.slice();
        }
        assertTrue(page.weightsVersion() > versionBefore, "the worker's weights are shown");
        assertEquals(worker.run.session().trainer().network().fingerprint().hex(),
                page.trainer().network().fingerprint().hex(), "the page shows the worker's weights");
        assertEquals(worker.run.session().last().epoch(), page.last().epoch());

        List<String> done = new ArrayList<>();
        handOver.whenLocal(() -> {
            done.add("pause");
            page.pause();
        });
        assertTrue(done.isEmpty(), "the pause waits for the run to come back");
        worker.slice(); // a slice already under way when the stop was asked still arrives
        worker.deliverStop();
        assertEquals(List.of("pause"), done);
        assertTrue(handOver.local());
        assertFalse(page.playing());

        int trained = batches(page.trainer());
        assertEquals(2 + 6, trained, "two frames here, six slices there, a batch each");
        Trainer straight = trainedStraight(state, trained);
        assertEquals(straight.network().fingerprint().hex(), page.trainer().network().fingerprint().hex());
        assertArrayEquals(straight.snapshot(), page.trainer().snapshot(), "the whole training state");

        page.stepBatch();
        straight.advanceBatches(1);
        assertEquals(straight.network().fingerprint().hex(), page.trainer().network().fingerprint().hex(),
                "training here goes on from the worker's state");
    }

    @Test
    void epochsCompletedInTheWorkerAreToldToThePagesObserver() {
        LabState state = state();
        LabSession page = new LabSession(state);
        List<String> told = new ArrayList<>();
        page.onEpoch((epoch, loss) -> told.add(epoch + ":" + loss));
        LocalWorker worker = worker(state, page.speed());
        WorkerHandOver handOver = worker.connect(page);
        page.play();
        page.frame(null, 0);
        handOver.begin("fragment");
        worker.slice();
        worker.slice();
        LabSession straight = new LabSession(state);
        List<String> expected = new ArrayList<>();
        straight.onEpoch((epoch, loss) -> expected.add(epoch + ":" + loss));
        straight.stepEpochs(3);
        assertEquals(expected, told);
    }

    @Test
    void onlyAPlayingRunWhoseBatchIsBeyondAFrameIsDue() {
        LabSession small = new LabSession(LabState.defaultFor("echo", 1));
        WorkerHandOver smallHandOver = worker(small.state(), small.speed()).connect(small);
        small.play();
        assertFalse(smallHandOver.due(true), "a small network trains here");

        LabState base = LabState.defaultFor("text", 1);
        LabState large = base.withModel(((SequenceModel) base.model()).withNet(RecurrentNet.of(Cell.LSTM, 256).withHidden(List.of(256, 256))));
        LabSession session = new LabSession(large);
        WorkerHandOver handOver = worker(large, session.speed()).connect(session);
        assertFalse(handOver.due(true), "paused");
        session.play();
        assertTrue(handOver.due(true));
        assertFalse(handOver.due(false), "no worker to take it");
        session.setSpeed(Speed.epochEvery(10));
        assertFalse(handOver.due(true), "a slow speed trains every few frames, which the page holds");
    }

    @Test
    void aWorkerThatFailsLeavesTheRunWhereItWasHandedOverAndTrainingStaysHere() {
        LabState state = state();
        LabSession page = new LabSession(state);
        page.setSpeed(Speed.batchEvery(1));
        LocalWorker worker = worker(state, page.speed());
        WorkerHandOver handOver = worker.connect(page);
        page.play();
        page.frame(null, 0);
        String handedAt = page.trainer().network().fingerprint().hex();
        handOver.begin("fragment");
        worker.slice();
        worker.slice();
        List<String> done = new ArrayList<>();
        handOver.whenLocal(() -> done.add("reset"));
        handOver.failed("out of memory");
        assertEquals(List.of("reset"), done);
        assertTrue(handOver.local());
        assertEquals("out of memory", handOver.failure());
        assertFalse(handOver.due(true), "no second try after a failure");
        assertEquals(handedAt, page.trainer().network().fingerprint().hex());
        assertEquals(trainedStraight(state, 1).network().fingerprint().hex(), handedAt);
        handOver.stopped(worker.run.snapshot(), worker.run.status()); // late: ignored
        assertEquals(handedAt, page.trainer().network().fingerprint().hex());
        page.frame(null, 0);
        assertEquals(trainedStraight(state, 2).network().fingerprint().hex(), page.trainer().network().fingerprint().hex());
    }

    @Test
    void aRunThatDivergesInTheWorkerComesBackDivergedAndThePagePauses() {
        LabState base = LabState.defaultFor("sum", 2);
        LabState state = base.withTraining(base.training().withOptimizer(OptimizerKind.SGD).withLearningRate(10));
        LabSession page = new LabSession(state);
        LocalWorker worker = worker(state, page.speed());
        WorkerHandOver handOver = worker.connect(page);
        page.play();
        handOver.begin("fragment");
        for (int i = 0; i < 50 && !worker.stopAsked; i++) {
            worker.slice();
        }
        assertTrue(worker.stopAsked, "a worker that stopped playing by itself is asked for the run");
        worker.deliverStop();
        assertNotNull(page.trainer().divergence());
        assertTrue(page.last().diverged());
        page.frame(null, 0);
        assertFalse(page.playing(), "the page pauses on the divergence as if it had trained it");
        assertNull(handOver.failure());
    }
}
