package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

class Conv1dTest {
    private static boolean fits(LayerSpec spec, Shape input) {
        try {
            spec.outputShape(input);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void theKernelSlidesAlongTimeOverEveryFeatureOfAStep() {
        // 4 steps x 2 features, one filter of 2 taps, valid: out[t] = sum_j,c w[j, c] * in[t + j, c]
        Conv1d conv = new Conv1d.Spec(1, 2, 1, Padding.VALID, Activation.IDENTITY)
                .build(Shape.of(4, 2), Init.UNIFORM, new Rng(1));
        double[] w = conv.weights().values();
        w[conv.weightIndex(0, 0, 0)] = 1;
        w[conv.weightIndex(0, 0, 1)] = 10;
        w[conv.weightIndex(0, 1, 0)] = 100;
        w[conv.weightIndex(0, 1, 1)] = 1000;
        conv.biases().values()[0] = 0;
        double[] in = {1, 2, 3, 4, 5, 6, 7, 8}; // step t is (2t + 1, 2t + 2)
        double[] out = new double[3];
        conv.forward(in, out);
        assertArrayEquals(new double[] {1 + 20 + 300 + 4000, 3 + 40 + 500 + 6000, 5 + 60 + 700 + 8000}, out);
        assertEquals(Shape.of(3, 1), conv.outputShape());
        assertEquals(1 * 2 + 1, conv.weightIndex(0, 1, 1));
    }

    @Test
    void theOutputIsStepsByFiltersWithTheFilterFastest() {
        Conv1d conv = new Conv1d.Spec(3, 3, 1, Padding.SAME, Activation.IDENTITY)
                .build(Shape.of(5, 1), Init.UNIFORM, new Rng(2));
        java.util.Arrays.fill(conv.weights().values(), 0.0);
        for (int f = 0; f < 3; f++) {
            conv.biases().values()[f] = f;
            conv.weights().values()[conv.weightIndex(f, 1, 0)] = 1.0; // the centre tap: identity plus f
        }
        double[] in = {10, 20, 30, 40, 50};
        double[] out = new double[15];
        conv.forward(in, out);
        for (int t = 0; t < 5; t++) {
            for (int f = 0; f < 3; f++) {
                assertEquals(in[t] + f, out[t * 3 + f]);
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferencesForEveryKernelStrideAndPadding() {
        Rng pick = new Rng(77);
        double worst = 0.0;
        int cases = 0;
        for (int kernel : new int[] {1, 3, 5}) {
            for (int stride : new int[] {1, 2}) {
                for (Padding padding : Padding.values()) {
                    int done = 0;
                    while (done < 5) {
                        Conv1d.Spec spec = new Conv1d.Spec(1 + pick.nextInt(3), kernel, stride, padding, Activation.TANH);
                        Shape input = Shape.of(4 + pick.nextInt(9), 1 + pick.nextInt(3));
                        if (!fits(spec, input)) {
                            continue;
                        }
                        worst = Math.max(worst, GradientChecks.checkLayer(spec, input, cases));
                        Conv1d.Spec first = new Conv1d.Spec(input.dim(1), 3, 1, Padding.SAME, Activation.TANH);
                        worst = Math.max(worst, GradientChecks.checkNetwork(List.of(first, spec, new GlobalMaxPool.Spec()),
                                input, 2, cases));
                        done++;
                        cases++;
                    }
                }
            }
        }
        assertEquals(60, cases);
        assertTrue(worst <= GradientChecks.TOLERANCE);
    }

    @Test
    void shapesThatDoNotFitAreRefusedWithASentenceThatSaysWhatFits() {
        assertEquals("1-D convolution: a kernel of 5 without padding needs a sequence length of at least 5, not 3;"
                + " use a kernel of at most 3 or same padding.",
                Conv2dTest.refusal(new Conv1d.Spec(2, 5, 1, Padding.VALID, Activation.RELU), Shape.of(3, 2)));
        assertEquals("1-D convolution: a kernel of 3 at stride 2 without padding fits a sequence length of 5 or 7,"
                + " not 6 (the sequence length minus the kernel must be even); use stride 1 or same padding.",
                Conv2dTest.refusal(new Conv1d.Spec(2, 3, 2, Padding.VALID, Activation.RELU), Shape.of(6, 2)));
        assertEquals("a 1-D convolution takes sequences (steps x features), not values of shape 1x8x8",
                Conv2dTest.refusal(new Conv1d.Spec(2, 3, 1, Padding.SAME, Activation.RELU), Shape.of(1, 8, 8)));
        assertEquals("Channels: 40 is above the limit of 32.",
                Conv2dTest.refusal(new Conv1d.Spec(2, 3, 1, Padding.SAME, Activation.RELU), Shape.of(8, 40)));
        assertEquals("Kernel: 9 is above the limit of 7.",
                Conv2dTest.message(() -> new Conv1d.Spec(2, 9, 1, Padding.SAME, Activation.RELU)));
        assertEquals("Filters: 0 is below the minimum of 1.",
                Conv2dTest.message(() -> new Conv1d.Spec(0, 3, 1, Padding.SAME, Activation.RELU)));
        assertEquals(Shape.of(4, 2), new Conv1d.Spec(2, 3, 2, Padding.SAME, Activation.RELU).outputShape(Shape.of(7, 1)));
        assertEquals(Shape.of(3, 2), new Conv1d.Spec(2, 3, 2, Padding.VALID, Activation.RELU).outputShape(Shape.of(7, 1)));
    }
}
