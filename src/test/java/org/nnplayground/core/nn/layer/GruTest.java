package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/** The GRU's gates by hand: the update gate decides between keeping the state and taking the candidate. */
class GruTest {

    private static Gru unit(double updateBias) {
        Gru gru = new Gru.Spec(1, StepOutput.EVERY_STEP, 0).build(Shape.of(3, 1), Init.GLOROT, new Rng(4));
        // rows: update, reset, candidate
        gru.inputWeights().set(0, 0, 0.0);
        gru.inputWeights().set(1, 0, 0.0);
        gru.inputWeights().set(2, 0, 1.0);
        for (int r = 0; r < 3; r++) {
            gru.recurrentWeights().set(r, 0, 0.0);
            gru.biases().set(r, 0, 0.0);
        }
        gru.recurrentWeights().set(2, 0, 0.5);
        gru.biases().set(0, 0, updateBias);
        return gru;
    }

    @Test
    void followsItsEquationsByHand() {
        Gru gru = unit(0.0);
        double[] out = new double[3];
        gru.forward(new double[] {0.8, -0.4, 0.1}, out);
        double u = DetMath.sigmoid(0.0);
        double r = DetMath.sigmoid(0.0);
        double h0 = u * DetMath.tanh(0.8);
        double h1 = (1 - u) * h0 + u * DetMath.tanh(-0.4 + 0.5 * (r * h0));
        double h2 = (1 - u) * h1 + u * DetMath.tanh(0.1 + 0.5 * (r * h1));
        assertEquals(h0, out[0], 1e-15);
        assertEquals(h1, out[1], 1e-15);
        assertEquals(h2, out[2], 1e-15);
        assertEquals(3 * 3, gru.gateValues().length);
        assertEquals(DetMath.tanh(0.8), gru.gateValues()[2], 1e-15);
    }

    @Test
    void aClosedUpdateGateKeepsTheStateAndAnOpenOneTakesTheCandidate() {
        double[] x = {0.8, -0.4, 0.1};
        double[] out = new double[3];
        unit(-40.0).forward(x, out);
        assertEquals(0.0, out[2], 1e-15, "closed: the zero start state is kept");
        unit(40.0).forward(x, out);
        assertEquals(DetMath.tanh(0.1 + 0.5 * (0.5 * out[1])), out[2], 1e-15, "open: the state is the candidate");
    }
}
