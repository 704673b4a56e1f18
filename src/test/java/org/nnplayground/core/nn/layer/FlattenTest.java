package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

class FlattenTest {
    @Test
    void anyShapeBecomesAVectorInTheSameOrder() {
        Flatten flat = new Flatten.Spec().build(Shape.of(2, 3, 2), Init.UNIFORM, new Rng(1));
        assertEquals(Shape.vector(12), flat.outputShape());
        assertEquals(Shape.vector(5), new Flatten.Spec().outputShape(Shape.vector(5)));
        double[] in = GradientChecks.uniform(new Rng(2), 12);
        double[] out = new double[12];
        flat.forward(in, out);
        assertArrayEquals(in, out);
        double[] g = GradientChecks.uniform(new Rng(3), 12);
        double[] gradIn = new double[12];
        flat.backward(in, out, g, gradIn);
        assertArrayEquals(g, gradIn);
        assertTrue(flat.parameters().isEmpty());
    }

    @Test
    void theBatchedPassCopiesEveryPoint() {
        Flatten flat = new Flatten.Spec().build(Shape.of(1, 2, 2), Init.UNIFORM, new Rng(1));
        double[] in = GradientChecks.uniform(new Rng(4), 4 * 5);
        double[] out = new double[20];
        flat.forwardBatch(in, out, 5, 1, 4);
        for (int i = 0; i < 4; i++) {
            for (int p = 0; p < 5; p++) {
                assertEquals(p >= 1 && p < 4 ? in[i * 5 + p] : 0.0, out[i * 5 + p]);
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferencesBetweenAConvolutionAndTheDenseLayers() {
        double worst = 0.0;
        for (int i = 0; i < 6; i++) {
            Shape input = Shape.of(1 + i % 3, 4 + i, 5);
            worst = Math.max(worst, GradientChecks.checkLayer(new Flatten.Spec(), input, i));
            worst = Math.max(worst, GradientChecks.checkNetwork(List.of(
                    new Conv2d.Spec(2, 3, 1, Padding.SAME, Activation.TANH), new Flatten.Spec(),
                    new Dense.Spec(4, Activation.TANH, false)), input, 3, i));
        }
        assertTrue(worst <= GradientChecks.TOLERANCE);
    }
}
