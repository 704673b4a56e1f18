package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/** For a steps x classes output the head's softmax runs over each step's classes, each step as if alone. */
class PerStepSoftmaxTest {

    @Test
    void eachStepIsASoftmaxOfItsOwn() {
        Network net = new Network(Shape.of(5, 2), List.of(Elman.Spec.tanh(4, StepOutput.EVERY_STEP),
                new StepDense.Spec(3, Activation.IDENTITY)), Activation.SOFTMAX, Init.GLOROT, new Rng(11));
        Rng rng = new Rng(12);
        double[] x = new double[10];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1, 1);
        }
        double[] p = net.forward(x, 0).clone();
        double[] logits = preActivations(x);
        for (int t = 0; t < 5; t++) {
            double[] alone = new double[3];
            Softmax.applyInPlace(Arrays.copyOfRange(logits, t * 3, t * 3 + 3), alone, 3);
            assertArrayEquals(alone, Arrays.copyOfRange(p, t * 3, t * 3 + 3), "step " + t + ", bit for bit");
            assertEquals(1.0, p[t * 3] + p[t * 3 + 1] + p[t * 3 + 2], 1e-15);
        }
    }

    /** The last layer's outputs (the head's pre-activations) for {@code x}: a network with an identity head and the same weights. */
    private static double[] preActivations(double[] x) {
        Network linear = new Network(Shape.of(5, 2), List.of(Elman.Spec.tanh(4, StepOutput.EVERY_STEP),
                new StepDense.Spec(3, Activation.IDENTITY)), Activation.IDENTITY, Init.GLOROT, new Rng(11));
        return linear.forward(x, 0).clone();
    }

    @Test
    void refusesASoftmaxOfOneClassPerStep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Network(Shape.of(5, 2),
                List.of(Elman.Spec.tanh(4, StepOutput.EVERY_STEP), new StepDense.Spec(1, Activation.IDENTITY)),
                Activation.SOFTMAX, Init.GLOROT, new Rng(11)));
        assertEquals("output activation: softmax needs at least 2 outputs per step, got 1", e.getMessage());
    }
}
