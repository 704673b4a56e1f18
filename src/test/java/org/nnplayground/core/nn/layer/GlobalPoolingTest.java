package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** Global max and average pooling over images (per channel) and sequences (per feature). */
class GlobalPoolingTest {
    @Test
    void imagesPoolPerChannelAndSequencesPerFeature() {
        GlobalMaxPool max = new GlobalMaxPool.Spec().build(Shape.of(2, 1, 3), Init.UNIFORM, new Rng(1));
        GlobalAvgPool avg = new GlobalAvgPool.Spec().build(Shape.of(2, 1, 3), Init.UNIFORM, new Rng(1));
        double[] image = {1, 4, 1, -3, -2, -7};
        double[] out = new double[2];
        max.forward(image, out);
        assertArrayEquals(new double[] {4, -2}, out);
        avg.forward(image, out);
        assertArrayEquals(new double[] {2, -4}, out);
        assertEquals(Shape.vector(2), max.outputShape());

        // 3 steps x 2 features: feature 0 is 1, 4, 1 and feature 1 is -3, -2, -7
        GlobalMaxPool seqMax = new GlobalMaxPool.Spec().build(Shape.of(3, 2), Init.UNIFORM, new Rng(1));
        GlobalAvgPool seqAvg = new GlobalAvgPool.Spec().build(Shape.of(3, 2), Init.UNIFORM, new Rng(1));
        double[] sequence = {1, -3, 4, -2, 1, -7};
        seqMax.forward(sequence, out);
        assertArrayEquals(new double[] {4, -2}, out);
        assertEquals(2, seqMax.chosenInput(0));
        assertEquals(3, seqMax.chosenInput(1));
        seqAvg.forward(sequence, out);
        assertArrayEquals(new double[] {2, -4}, out);
        double[] gradIn = new double[6];
        seqAvg.backward(sequence, out, new double[] {3, -6}, gradIn);
        assertArrayEquals(new double[] {1, -2, 1, -2, 1, -2}, gradIn);
    }

    @Test
    void tiesGoToTheFirstInMemoryOrderInBothPasses() {
        GlobalMaxPool max = new GlobalMaxPool.Spec().build(Shape.of(1, 2, 2), Init.UNIFORM, new Rng(1));
        double[] in = {0, 5, 5, 5};
        double[] out = new double[1];
        max.forward(in, out);
        assertEquals(1, max.chosenInput(0));
        double[] gradIn = {9, 9, 9, 9};
        max.backward(in, out, new double[] {2}, gradIn);
        assertArrayEquals(new double[] {0, 2, 0, 0}, gradIn);
    }

    @Test
    void gradientsMatchFiniteDifferencesOverSeededImagesAndSequences() {
        Rng pick = new Rng(8);
        double worst = 0.0;
        for (int i = 0; i < 16; i++) {
            LayerSpec pool = i % 2 == 0 ? new GlobalMaxPool.Spec() : new GlobalAvgPool.Spec();
            Shape image = Shape.of(1 + pick.nextInt(3), 4 + pick.nextInt(6), 4 + pick.nextInt(6));
            worst = Math.max(worst, GradientChecks.checkLayer(pool, image, i));
            Conv2d.Spec conv = new Conv2d.Spec(2 + pick.nextInt(2), 3, 1, Padding.SAME, Activation.TANH);
            worst = Math.max(worst, GradientChecks.checkNetwork(List.of(conv, pool), image, 2, i));
            Shape sequence = Shape.of(4 + pick.nextInt(6), 1 + pick.nextInt(3));
            worst = Math.max(worst, GradientChecks.checkLayer(pool, sequence, 100 + i));
            Conv1d.Spec conv1 = new Conv1d.Spec(2, 3, 1, Padding.SAME, Activation.TANH);
            worst = Math.max(worst, GradientChecks.checkNetwork(List.of(conv1, pool), sequence, 2, 100 + i));
        }
        assertTrue(worst <= GradientChecks.TOLERANCE);
    }

    @Test
    void aVectorHasNothingToPoolOver() {
        assertEquals("global max pooling takes images (channels x height x width) or sequences (steps x features),"
                + " not a vector of 8 values, which has nothing to pool over",
                Conv2dTest.refusal(new GlobalMaxPool.Spec(), Shape.vector(8)));
        assertEquals("global average pooling takes images (channels x height x width) or sequences (steps x features),"
                + " not a vector of 8 values, which has nothing to pool over",
                Conv2dTest.refusal(new GlobalAvgPool.Spec(), Shape.vector(8)));
        assertEquals("Channels: 33 is above the limit of 32.", Conv2dTest.refusal(new GlobalAvgPool.Spec(), Shape.of(33, 2, 2)));
        assertTrue(new GlobalAvgPool.Spec().build(Shape.of(3, 2), Init.UNIFORM, new Rng(1)).parameters().isEmpty());
    }
}
