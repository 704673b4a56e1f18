package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** The per-step dense layer is a dense layer applied to each step with shared weights. */
class StepDenseTest {

    @Test
    void isADenseLayerOnEachStepWithGradientsSummedOverTheSteps() {
        int steps = 4;
        int features = 3;
        StepDense step = new StepDense.Spec(2, Activation.TANH).build(Shape.of(steps, features), Init.GLOROT, new Rng(7));
        assertEquals(Shape.of(steps, 2), step.outputShape());
        Dense dense = new Dense.Spec(2, Activation.TANH, false).build(Shape.vector(features), Init.GLOROT, new Rng(7));
        assertArrayEquals(dense.weights().values(), step.weights().values(), "the same draws as a dense layer");
        Rng rng = new Rng(8);
        double[] x = new double[steps * features];
        double[] g = new double[steps * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1, 1);
        }
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.uniform(-1, 1);
        }
        double[] out = new double[steps * 2];
        double[] gradIn = new double[x.length];
        step.forward(x, out);
        step.backward(x, out, g, gradIn);
        double[] expectedW = new double[6];
        for (int t = 0; t < steps; t++) {
            double[] xt = java.util.Arrays.copyOfRange(x, t * features, (t + 1) * features);
            double[] yt = new double[2];
            double[] gin = new double[features];
            dense.forward(xt, yt);
            assertArrayEquals(yt, java.util.Arrays.copyOfRange(out, t * 2, t * 2 + 2), "step " + t + ", bit for bit");
            java.util.Arrays.fill(dense.weights().grads(), 0.0);
            dense.backward(xt, yt, java.util.Arrays.copyOfRange(g, t * 2, t * 2 + 2), gin);
            assertArrayEquals(gin, java.util.Arrays.copyOfRange(gradIn, t * features, (t + 1) * features), 1e-15);
            for (int i = 0; i < 6; i++) {
                expectedW[i] += dense.weights().grads()[i];
            }
        }
        assertArrayEquals(expectedW, step.weights().grads(), 1e-14);
    }

    @Test
    void takesSequencesOnly() {
        assertEquals("a per-step dense layer takes a sequence of steps x features, not 3", assertThrows(
                IllegalArgumentException.class, () -> new StepDense.Spec(2, Activation.TANH).outputShape(Shape.vector(3))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StepDense.Spec(0, Activation.TANH));
        assertThrows(IllegalArgumentException.class, () -> new StepDense.Spec(2, Activation.SOFTMAX));
    }
}
