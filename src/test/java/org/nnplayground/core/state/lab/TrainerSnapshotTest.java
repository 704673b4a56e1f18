package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;

/**
 * A trainer's snapshot resumed in a fresh trainer of the same setup trains on bit for bit as the
 * trainer that never stopped: over seeded setups of every optimizer, regularization, clipping,
 * batch size and shuffle, on points and on every kind of sequence and image model, with the hand-over
 * at seeded points (mid-epoch and across epoch ends).
 */
class TrainerSnapshotTest {
    private static final String[] LAB_PROBLEMS = {"echo", "parity-end", "sine", "text", "bars", "shapes", "digits"};

    /** A seeded variation of {@code base}'s training settings. */
    private static TrainingConfig vary(TrainingConfig base, Rng rng) {
        OptimizerKind[] kinds = OptimizerKind.values();
        Regularization[] regs = Regularization.values();
        TrainingConfig c = base.withOptimizer(kinds[rng.nextInt(kinds.length)])
                .withBatchSize(1 + rng.nextInt(12))
                .withRegularization(regs[rng.nextInt(regs.length)], rng.nextInt(2) == 0 ? 0.001 : 0.01)
                .withShuffle(rng.nextInt(4) != 0)
                .withUpdateBiases(rng.nextInt(5) != 0);
        double rate = c.optimizer() == OptimizerKind.ADAM ? 0.01 : 0.03 * (1 + rng.nextInt(3));
        c = c.withLearningRate(rate);
        return rng.nextInt(3) == 0 ? c.withClipNorm(0.5) : c;
    }

    /** Trains a, snapshots, resumes in a fresh trainer, trains b; and a + b straight; the two must agree exactly. */
    private static void checkHandOver(String what, Supplier<Trainer> fresh, int a, int b) {
        Trainer straight = fresh.get();
        straight.advanceBatches(a + b);
        Trainer first = fresh.get();
        first.advanceBatches(a);
        double[] snapshot = first.snapshot();
        Trainer resumed = fresh.get();
        resumed.resume(snapshot);
        assertArrayEquals(snapshot, resumed.snapshot(), what + ": resumed state");
        resumed.advanceBatches(b);
        String at = what + " after " + a + " + " + b + " batches";
        assertEquals(straight.network().fingerprint().hex(), resumed.network().fingerprint().hex(), at);
        assertEquals(straight.epoch(), resumed.epoch(), at);
        assertEquals(straight.samplesIntoEpoch(), resumed.samplesIntoEpoch(), at);
        assertEquals(straight.sampleUpdates(), resumed.sampleUpdates(), at);
        assertEquals(straight.divergence(), resumed.divergence(), at);
        StepResult s = straight.status();
        StepResult r = resumed.status();
        assertEquals(Double.doubleToRawLongBits(s.train().loss()), Double.doubleToRawLongBits(r.train().loss()), at);
        assertEquals(Double.doubleToRawLongBits(s.test().loss()), Double.doubleToRawLongBits(r.test().loss()), at);
        assertArrayEquals(straight.snapshot(), resumed.snapshot(), at + ": whole state");
    }

    @Test
    void pointRunsGoOnBitForBitAfterAHandOver() {
        Rng rng = new Rng(17);
        for (int i = 0; i < 24; i++) {
            PlaygroundState base = Presets.all().get(rng.nextInt(Presets.all().size())).state();
            PlaygroundState state = base.withTraining(vary(base.training(), rng)).withSeed(1 + rng.nextInt(1000));
            int a = rng.nextInt(60);
            int b = 1 + rng.nextInt(60);
            checkHandOver("points " + i + " " + state.training(), state::newTrainer, a, b);
        }
    }

    @Test
    void sequenceAndImageRunsGoOnBitForBitAfterAHandOver() {
        Rng rng = new Rng(29);
        for (String id : LAB_PROBLEMS) {
            for (int i = 0; i < 3; i++) {
                LabState base = LabState.defaultFor(id, 1 + rng.nextInt(1000));
                assertNotNull(base, id);
                LabState state = base.withTraining(vary(base.training(), rng));
                LabSets sets = state.model().generate();
                int a = rng.nextInt(12);
                int b = 1 + rng.nextInt(12);
                checkHandOver(id + " " + i + " " + state.training(), () -> state.newTrainer(sets), a, b);
            }
        }
    }

    @Test
    void aDivergedRunStaysDivergedWithItsAdviceAfterAHandOver() {
        PlaygroundState base = StateEdits.withDataset(Presets.defaultPreset().state(), DatasetKind.SINE);
        PlaygroundState state = base.withTraining(base.training().withLearningRate(10));
        Trainer first = state.newTrainer();
        first.advance(100);
        assertNotNull(first.divergence(), "the rate of 10 should diverge");
        Trainer resumed = state.newTrainer();
        resumed.resume(first.snapshot());
        assertEquals(first.divergence(), resumed.divergence());
        assertEquals(first.network().fingerprint().hex(), resumed.network().fingerprint().hex());
        assertEquals(first.epoch(), resumed.epoch());
    }

    @Test
    void aSnapshotThatDoesNotFitIsRefusedWithASentenceAndNothingChanges() {
        LabState state = LabState.defaultFor("echo", 5);
        LabSets sets = state.model().generate();
        Trainer source = state.newTrainer(sets);
        source.advanceBatches(7);
        double[] good = source.snapshot();

        Trainer target = state.newTrainer(sets);
        double[] before = target.snapshot();
        assertRefused(target, new double[] {1, 2, 3}, "not a trainer's snapshot");
        double[] cut = java.util.Arrays.copyOf(good, good.length - 3);
        assertRefused(target, cut, "cut short");
        double[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        assertRefused(target, longer, "left over");
        double[] badWeight = good.clone();
        badWeight[23] = Double.NaN;
        assertRefused(target, badWeight, "finite");
        for (double infinite : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] bad = good.clone();
            bad[23] = infinite;
            assertRefused(target, bad, "finite");
        }
        Trainer sgd = new LabState(state.model(), state.training().withOptimizer(OptimizerKind.SGD)).newTrainer(sets);
        assertRefused(sgd, good, "trained with Adam");
        LabState bars = LabState.defaultFor("bars", 5);
        LabState other = bars.withTraining(bars.training().withOptimizer(OptimizerKind.ADAM));
        assertRefused(other.newTrainer(other.model().generate()), good, "this run has");
        assertArrayEquals(before, target.snapshot(), "a refused snapshot changes nothing");
    }

    @Test
    void anOrderThatIsNotAPermutationIsRefused() {
        LabState state = LabState.defaultFor("echo", 5);
        LabSets sets = state.model().generate();
        Trainer source = state.newTrainer(sets);
        source.advanceBatches(3);
        double[] data = source.snapshot();
        int params = source.network().parameterCount();
        int orderAt = 23 + 2 * params;
        data[orderAt + 1] = data[orderAt];
        assertRefused(state.newTrainer(sets), data, "comes twice");
    }

    private static void assertRefused(Trainer t, double[] data, String words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.resume(data));
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }
}
