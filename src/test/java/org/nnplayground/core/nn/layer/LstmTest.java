package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/** The LSTM's start (forget biases at 1), its equations by hand and its memory with the forget gate open. */
class LstmTest {

    @Test
    void forgetGatesStartOpenWhateverTheInitialisation() {
        for (Init init : Init.values()) {
            Lstm lstm = new Lstm.Spec(3, StepOutput.LAST_STEP, 0).build(Shape.of(2, 2), init, new Rng(5));
            for (int j = 0; j < 3; j++) {
                assertEquals(Lstm.FORGET_BIAS, lstm.biases().get(3 + j, 0), 0.0);
                assertEquals(init == Init.UNIFORM ? 0.1 : 0.0, lstm.biases().get(j, 0), 0.0);
            }
            assertEquals(12 * 2, lstm.inputWeights().size());
            assertEquals(12 * 3, lstm.recurrentWeights().size());
        }
    }

    /** One unit, one input; rows i, f, g, o; every recurrent weight 0 so the gates depend on x and the biases. */
    private static Lstm unit(double inputBias, double forgetBias) {
        Lstm lstm = new Lstm.Spec(1, StepOutput.EVERY_STEP, 0).build(Shape.of(3, 1), Init.GLOROT, new Rng(6));
        for (int r = 0; r < 4; r++) {
            lstm.inputWeights().set(r, 0, r == 2 ? 1.0 : 0.0);
            lstm.recurrentWeights().set(r, 0, 0.0);
            lstm.biases().set(r, 0, 0.0);
        }
        lstm.biases().set(0, 0, inputBias);
        lstm.biases().set(1, 0, forgetBias);
        lstm.biases().set(3, 0, 40.0); // output gate open
        return lstm;
    }

    @Test
    void followsItsEquationsByHand() {
        Lstm lstm = unit(0.0, 0.0);
        double[] out = new double[3];
        lstm.forward(new double[] {0.8, -0.4, 0.1}, out);
        double half = DetMath.sigmoid(0.0);
        double o = DetMath.sigmoid(40.0);
        double c0 = half * DetMath.tanh(0.8);
        double c1 = half * c0 + half * DetMath.tanh(-0.4);
        assertEquals(o * DetMath.tanh(c0), out[0], 1e-15);
        assertEquals(o * DetMath.tanh(c1), out[1], 1e-15);
        assertEquals(c1, lstm.cellStates()[1], 1e-15);
    }

    @Test
    void anOpenForgetGateAddsUpAndAClosedOneForgets() {
        double[] x = {0.8, -0.4, 0.1};
        double[] out = new double[3];
        Lstm remember = unit(40.0, 40.0);
        remember.forward(x, out);
        assertEquals(DetMath.tanh(0.8) + DetMath.tanh(-0.4) + DetMath.tanh(0.1), remember.cellStates()[2], 1e-15,
                "open forget and input gates: the cell adds up the candidates");
        Lstm forget = unit(40.0, -40.0);
        forget.forward(x, out);
        assertEquals(DetMath.tanh(0.1), forget.cellStates()[2], 1e-15, "closed forget gate: only the last candidate");
    }
}
