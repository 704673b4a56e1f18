package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/**
 * The gradient through time, dLoss/dh_t per step, as the layers report it: its norms are those of
 * {@link Recurrent#hiddenGradients()}, they vanish back in time through a contracting Elman layer,
 * and an LSTM whose forget gates are open carries them much further back.
 */
class GradientThroughTimeTest {
    private static final int STEPS = 20;

    /** Norms of dLoss/dh_t after one backward pass of a loss on the last step only. */
    private static double[] norms(Recurrent layer, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[STEPS * layer.inputShape().dim(1)];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1, 1);
        }
        double[] out = new double[layer.outputShape().size()];
        double[] g = new double[out.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.uniform(-1, 1);
        }
        layer.forward(x, out);
        layer.backward(x, out, g, null);
        double[] norms = new double[STEPS];
        layer.gradientNormsThroughTime(norms);
        return norms;
    }

    @Test
    void normsAreThoseOfTheHiddenGradients() {
        Elman elman = Elman.Spec.tanh(6, StepOutput.LAST_STEP).build(Shape.of(STEPS, 2), Init.GLOROT, new Rng(1));
        double[] norms = norms(elman, 2);
        double[] dh = elman.hiddenGradients();
        for (int t = 0; t < STEPS; t++) {
            double sum = 0.0;
            for (int j = 0; j < 6; j++) {
                sum += dh[t * 6 + j] * dh[t * 6 + j];
            }
            assertEquals(Math.sqrt(sum), norms[t], 0.0);
        }
    }

    @Test
    void theGradientVanishesThroughAContractingElmanLayerAndLastsThroughAnOpenLstm() {
        Elman elman = Elman.Spec.tanh(8, StepOutput.LAST_STEP).build(Shape.of(STEPS, 2), Init.GLOROT, new Rng(3));
        double[] wh = elman.recurrentWeights().values();
        for (int i = 0; i < wh.length; i++) {
            wh[i] *= 0.5;
        }
        double[] e = norms(elman, 4);
        for (int t = 1; t < STEPS; t++) {
            assertTrue(e[t - 1] < e[t], "shrinks at every step back: step " + t);
        }
        assertTrue(e[0] < 1e-4 * e[STEPS - 1], "vanished: " + e[0] + " vs " + e[STEPS - 1]);
        Lstm lstm = new Lstm.Spec(8, StepOutput.LAST_STEP, 0).build(Shape.of(STEPS, 2), Init.GLOROT, new Rng(3));
        double[] b = lstm.biases().values();
        for (int j = 0; j < 8; j++) {
            b[8 + j] = 5.0; // forget gates wide open
        }
        double[] l = norms(lstm, 4);
        assertTrue(l[0] / l[STEPS - 1] > 100 * e[0] / e[STEPS - 1], "the LSTM keeps " + l[0] / l[STEPS - 1]
                + " of the gradient 19 steps back, the Elman layer " + e[0] / e[STEPS - 1]);
    }
}
