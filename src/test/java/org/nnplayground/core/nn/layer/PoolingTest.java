package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;

/** Shared checks of the 2x2 pooling layers: their shapes, refusals and gradients. */
class PoolingTest {
    @Test
    void bothHalveEverySideAndRefuseAnOddOneSayingWhatFits() {
        for (LayerSpec spec : List.of(new MaxPool2d.Spec(), new AvgPool2d.Spec())) {
            assertEquals(Shape.of(3, 4, 2), spec.outputShape(Shape.of(3, 8, 4)));
            assertEquals(Shape.of(1, 1, 1), spec.outputShape(Shape.of(1, 2, 2)));
        }
        assertEquals("2x2 max pooling halves the image, so it needs an even height and width, not 7x8;"
                + " the height would fit at 6 or 8 (e.g. with same padding before it)", Conv2dTest.refusal(new MaxPool2d.Spec(), Shape.of(1, 7, 8)));
        assertEquals("2x2 average pooling halves the image, so it needs an even height and width, not 1x5;"
                + " the height would fit at 2 and the width at 4 or 6 (e.g. with same padding before it)", Conv2dTest.refusal(new AvgPool2d.Spec(), Shape.of(2, 1, 5)));
        assertEquals("2x2 max pooling halves the image, so it needs an even height and width, not 8x5;"
                + " the width would fit at 4 or 6 (e.g. with same padding before it)", Conv2dTest.refusal(new MaxPool2d.Spec(), Shape.of(1, 8, 5)));
        assertEquals("2x2 max pooling takes images (channels x height x width), not a vector of 16 values;"
                + " put it before any flatten or dense layer", Conv2dTest.refusal(new MaxPool2d.Spec(), Shape.vector(16)));
        assertEquals("Image side: 34 is above the limit of 32.", Conv2dTest.refusal(new AvgPool2d.Spec(), Shape.of(1, 34, 34)));
    }

    @Test
    void aNetworkRefusesALayerThatDoesNotFitWhatTheLayerBeforeGives() {
        // 8x8 -> valid 3x3 -> 6x6 -> pooled 3x3 -> a second pooling cannot halve 3x3
        List<LayerSpec> layers = List.of(new Conv2d.Spec(2, 3, 1, Padding.VALID, Activation.RELU), new MaxPool2d.Spec(),
                new MaxPool2d.Spec(), new Dense.Spec(2, Activation.IDENTITY, false));
        assertEquals("2x2 max pooling halves the image, so it needs an even height and width, not 3x3;"
                + " both sides would fit at 2 or 4 (e.g. with same padding before it)", Conv2dTest.message(() -> new Network(
                Shape.of(1, 8, 8), layers, Activation.SOFTMAX, Init.HE, new Rng(1))));
        Network fits = new Network(Shape.of(1, 8, 8), List.of(Conv2d.Spec.of(2, 3, Activation.RELU), new MaxPool2d.Spec(),
                new MaxPool2d.Spec(), new Dense.Spec(2, Activation.IDENTITY, false)), Activation.SOFTMAX, Init.HE, new Rng(1));
        assertEquals(Shape.of(2, 2, 2), fits.layer(3).outputShape());
        assertEquals(2 * 9 + 2 + 2 * 8 + 2, fits.parameterCount());
    }

    @Test
    void gradientsMatchFiniteDifferencesOverSeededShapes() {
        Rng pick = new Rng(5);
        double worst = 0.0;
        for (int i = 0; i < 24; i++) {
            Shape input = Shape.of(1 + pick.nextInt(3), 2 * (2 + pick.nextInt(3)), 2 * (2 + pick.nextInt(3)));
            LayerSpec pool = i % 2 == 0 ? new MaxPool2d.Spec() : new AvgPool2d.Spec();
            worst = Math.max(worst, GradientChecks.checkLayer(pool, input, i));
            Conv2d.Spec conv = new Conv2d.Spec(1 + pick.nextInt(3), 3, 1, Padding.SAME, Activation.TANH);
            worst = Math.max(worst, GradientChecks.checkNetwork(List.of(conv, pool), input, 3, i));
        }
        assertTrue(worst <= GradientChecks.TOLERANCE);
    }

    @Test
    void maxPoolingPicksTheLargestAndGivesItTheWholeGradient() {
        MaxPool2d pool = new MaxPool2d.Spec().build(Shape.of(1, 2, 4), Init.UNIFORM, new Rng(1));
        double[] in = {1, 5, 0, -1, 3, 2, -4, -2};
        double[] out = new double[2];
        pool.forward(in, out);
        assertArrayEquals(new double[] {5, 0}, out);
        double[] gradIn = new double[8];
        java.util.Arrays.fill(gradIn, 9.0);
        pool.backward(in, out, new double[] {0.5, -2}, gradIn);
        assertArrayEquals(new double[] {0, 0.5, -2, 0, 0, 0, 0, 0}, gradIn);
    }

    /**
     * Ties: the first largest in reading order counts, in forward and backward alike; so the
     * gradient of a tie goes to exactly one input, and it is the one the output came from.
     */
    @Test
    void maxPoolingTiesGoToTheFirstInReadingOrderInBothPasses() {
        MaxPool2d pool = new MaxPool2d.Spec().build(Shape.of(1, 2, 6), Init.UNIFORM, new Rng(1));
        // windows: all four equal; bottom two equal; top right and bottom left equal
        double[] in = {7, 7, 0, 0, 1, 3, 7, 7, 2, 2, 3, 0};
        double[] out = new double[3];
        pool.forward(in, out);
        assertArrayEquals(new double[] {7, 2, 3}, out);
        assertEquals(0, pool.chosenInput(0));
        assertEquals(8, pool.chosenInput(1));
        assertEquals(5, pool.chosenInput(2));
        double[] gradIn = new double[12];
        pool.backward(in, out, new double[] {1, 1, 1}, gradIn);
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0}, gradIn);
    }

    @Test
    void averagePoolingIsTheMeanAndSpreadsAQuarterOfTheGradient() {
        AvgPool2d pool = new AvgPool2d.Spec().build(Shape.of(2, 2, 2), Init.UNIFORM, new Rng(1));
        double[] in = {1, 2, 3, 6, -1, -1, -1, 7};
        double[] out = new double[2];
        pool.forward(in, out);
        assertArrayEquals(new double[] {3, 1}, out);
        double[] gradIn = new double[8];
        pool.backward(in, out, new double[] {4, -2}, gradIn);
        assertArrayEquals(new double[] {1, 1, 1, 1, -0.5, -0.5, -0.5, -0.5}, gradIn);
        assertTrue(pool.parameters().isEmpty());
    }
}
