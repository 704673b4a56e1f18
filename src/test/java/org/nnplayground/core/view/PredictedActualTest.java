package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/** Predicted against actual: every point's prediction is the network's, the confusion counts add up to the accuracy. */
class PredictedActualTest {
    @Test
    void valuesArePairsOfTargetAndTheNetworksOutput() {
        PlaygroundState s = StateEdits.withData(Presets.defaultPreset().state(), DataSpec.of(DatasetKind.MULTI_GAUSSIAN)
                .withPoints(120));
        Trainer t = s.newTrainer();
        t.trainEpochs(3);
        PredictedActual p = PredictedActual.of(t.network(), t.trainData(), t.testData(), 0);
        assertEquals(120, p.size());
        assertEquals(60, p.trainCount());
        double[] row = new double[t.trainData().inputSize()];
        for (int i = 0; i < 60; i++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = t.trainData().input(i, c);
            }
            assertEquals(t.trainData().target(i, 0), p.actual(i), 0.0);
            assertEquals(t.network().forward(row, 0)[0], p.predicted(i), 0.0);
        }
        assertEquals(t.testData().target(0, 0), p.actual(60), 0.0);
        assertTrue(Double.isNaN(p.accuracy()));
    }

    @Test
    void classesCountActualAgainstPredictedAsTheMetricsDo() {
        PlaygroundState s = StateEdits.withData(Presets.defaultPreset().state(), DataSpec.of(DatasetKind.BLOBS)
                .withClasses(4).withPoints(200).withNoise(0.5));
        Trainer t = s.newTrainer();
        StepResult r = t.trainEpochs(5);
        PredictedActual p = PredictedActual.of(t.network(), t.trainData(), t.testData(), 4);
        assertEquals(4, p.classCount());
        int all = 0;
        for (int a = 0; a < 4; a++) {
            for (int q = 0; q < 4; q++) {
                all += p.count(a, q);
            }
        }
        assertEquals(200, all);
        double expected = (r.train().accuracy() * t.trainData().size() + r.test().accuracy() * t.testData().size()) / 200;
        assertEquals(expected, p.accuracy(), 1e-12);
    }
}
