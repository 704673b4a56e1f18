package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.StateEdits;

/** The learning rate suggested after a divergence is one that trains: the page's fix is one click. */
class DivergenceSuggestionTest {
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
}
