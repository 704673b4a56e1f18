package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.StateEdits;

/**
 * The learning rate suggested after a divergence ({@link RateProbe}) is one that trains: the page's
 * fix is one click.
 */
class RateProbeTest {
    @Test
    void everyDataSetThatDivergesAtRateTenGetsARateThatTrains() {
        PlaygroundState base = Presets.defaultPreset().state();
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.isTable() || kind.isDrawn()) {
                continue; // a table is loaded and points drawn, not generated; TableDataTest and DrawnDataTest train on them
            }
            PlaygroundState s = StateEdits.withDataset(base, kind);
            Trainer trainer = s.withTraining(s.training().withLearningRate(10)).newTrainer();
            StepResult result = trainer.trainEpochs(100);
            if (!result.diverged()) {
                continue;
            }
            double suggested = result.divergence().suggestedLearningRate();
            assertTrue(suggested < 10 / 3.0 + 1e-9, kind + ": a smaller rate, " + suggested);
            double before = result.train().loss();
            trainer.setConfig(trainer.config().withLearningRate(suggested));
            StepResult fixed = trainer.trainEpochs(100);
            assertFalse(fixed.diverged(), kind + " trains at the suggested rate " + suggested);
            assertTrue(fixed.train().loss() <= before, kind + ": the loss falls at " + suggested);
        }
    }

    @Test
    void theSuggestionLeavesTheTrainerAsTheDivergenceLeftIt() {
        PlaygroundState s = StateEdits.withDataset(Presets.defaultPreset().state(), DatasetKind.SINE);
        Trainer a = s.withTraining(s.training().withLearningRate(10)).newTrainer();
        StepResult result = a.trainEpochs(5);
        assertTrue(result.diverged());
        Trainer b = s.withTraining(s.training().withLearningRate(10)).newTrainer();
        assertEquals(b.network().fingerprint().hex(), a.network().fingerprint().hex(),
                "diverging in epoch 1 restores the initial weights, whatever was tried out");
        assertEquals(0, result.epoch());
    }

    @Test
    void tryingRatesOutIsAffordableUpToTheWorkLimit() {
        assertTrue(RateProbe.affordable(50, 250), "the default network tries rates out");
        long perSample = (long) (RateProbe.WORK_LIMIT / (11.0 * 1000));
        assertTrue(RateProbe.affordable(perSample, 1000), "just within the limit");
        assertFalse(RateProbe.affordable(perSample + 1, 1000), "just beyond it");
        assertFalse(RateProbe.affordable(1_000_000, 5000), "16 x 256 on 10,000 points: minutes per try");
    }

    @Test
    void aNetworkTooLargeToTryRatesOutGetsTheNextSmallerRateAtOnce() {
        // The sine of 500 steps through an LSTM of 64: 8.5 million multiply-adds a sample, 160 samples,
        // so one tried rate would cost about 15 billion; at a rate of 1 it explodes in its second sample.
        LabSession session = new LabSession(LabLinks.decode("lab=sine&len=500&period=10&noise=0&n=200&train=0.8"
                + "&cell=lstm&h=64&trunc=0&seed=1&lr=1&batch=1&opt=sgd&clip=0").state());
        Trainer trainer = session.trainer();
        assertFalse(RateProbe.affordable(trainer.network().forwardCost(), trainer.trainData().size()));
        int batches = 0;
        while (trainer.divergence() == null && batches < 20) {
            trainer.advanceBatches(1);
            batches++;
        }
        Divergence d = trainer.divergence();
        assertTrue(d != null, "a rate of 1 diverges within 20 samples");
        assertEquals(LearningRates.safer(1), d.suggestedLearningRate());
        assertTrue(d.rateTrains());
        assertTrue(d.message().contains("Try a learning rate of 0.3 (it is 1)"), d.message());
        assertEquals(0, trainer.epoch(), "put back to the start of the epoch");
    }

    @Test
    void atTheBottomOfTheLadderNoSmallerRateIsOffered() {
        double bottom = LearningRates.ladder()[0];
        PlaygroundState s = Presets.defaultPreset().state();
        Trainer trainer = s.withTraining(s.training().withLearningRate(bottom)).newTrainer();
        double[] weights = trainer.network().parameterBuffer();
        trainer.network().copyParametersTo(weights);
        assertTrue(RateProbe.affordable(trainer.network().forwardCost(), trainer.trainData().size()));
        assertTrue(Double.isNaN(RateProbe.saferRate(trainer, weights, Double.MAX_VALUE)), "nothing below " + bottom);
        PlaygroundState third = s.withTraining(s.training().withLearningRate(bottom * 3));
        Trainer next = third.newTrainer();
        assertEquals(bottom, RateProbe.saferRate(next, weights, Double.MAX_VALUE),
                "the default network trains unharmed at the bottom rung");
    }
}
