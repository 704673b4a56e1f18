package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

class Conv2dTest {
    private static Conv2d build(Conv2d.Spec spec, Shape input, long seed) {
        return spec.build(input, Init.UNIFORM, new Rng(seed));
    }

    @Test
    void validTwoByTwoKernelOnAThreeByThreeImageGivesTheHandComputedSums() {
        Conv2d conv = build(new Conv2d.Spec(1, 2, 1, Padding.VALID, Activation.IDENTITY), Shape.of(1, 3, 3), 1);
        double[] w = conv.weights().values();
        w[0] = 1; w[1] = 2; w[2] = 3; w[3] = 4; // [[1, 2], [3, 4]]
        conv.biases().values()[0] = 0.5;
        double[] in = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] out = new double[4];
        conv.forward(in, out);
        // top left: 1*1 + 2*2 + 3*4 + 4*5 = 37, then + 0.5
        assertArrayEquals(new double[] {37.5, 47.5, 67.5, 77.5}, out);
        assertEquals(Shape.of(1, 2, 2), conv.outputShape());
    }

    @Test
    void sameStrideTwoOnAnEvenSidePutsTheOddZeroAfterTheImage() {
        // side 4, kernel 3, stride 2: 2 outputs, one zero needed, and it goes after (right, bottom)
        Conv2d conv = build(new Conv2d.Spec(1, 3, 2, Padding.SAME, Activation.IDENTITY), Shape.of(1, 4, 4), 1);
        java.util.Arrays.fill(conv.weights().values(), 1.0);
        conv.biases().values()[0] = 0.0;
        double[] in = new double[16];
        for (int i = 0; i < 16; i++) {
            in[i] = i + 1; // rows 1..4, 5..8, 9..12, 13..16
        }
        double[] out = new double[4];
        conv.forward(in, out);
        // (0,0): rows 0-2, cols 0-2; (0,1): rows 0-2, cols 2-3 and a zero column
        assertArrayEquals(new double[] {1 + 2 + 3 + 5 + 6 + 7 + 9 + 10 + 11, 3 + 4 + 7 + 8 + 11 + 12,
            9 + 10 + 11 + 13 + 14 + 15, 11 + 12 + 15 + 16}, out);
    }

    @Test
    void aCentredOneIsTheIdentityWithSamePadding() {
        Conv2d conv = build(new Conv2d.Spec(2, 3, 1, Padding.SAME, Activation.IDENTITY), Shape.of(2, 5, 6), 3);
        java.util.Arrays.fill(conv.weights().values(), 0.0);
        java.util.Arrays.fill(conv.biases().values(), 0.0);
        conv.weights().values()[conv.weightIndex(0, 0, 1, 1)] = 1.0;
        conv.weights().values()[conv.weightIndex(1, 1, 1, 1)] = 1.0;
        double[] in = GradientChecks.uniform(new Rng(4), 60);
        double[] out = new double[60];
        conv.forward(in, out);
        assertArrayEquals(in, out);
    }

    @Test
    void theFilterBlockIsFilterThenChannelThenAKernelImageRowByRow() {
        Conv2d conv = build(new Conv2d.Spec(3, 3, 1, Padding.SAME, Activation.IDENTITY), Shape.of(2, 5, 5), 5);
        ParamBlock w = conv.weights();
        assertEquals(2 * 3 * 3, w.fanIn());
        assertEquals(3, w.fanOut());
        assertTrue(w.regularized() && !w.bias());
        assertTrue(conv.biases().bias() && !conv.biases().regularized());
        assertEquals(3, conv.biases().size());
        assertEquals(List.of(w, conv.biases()), conv.parameters());
        assertEquals(2 * 18 + 9 + 2 * 3 + 1, conv.weightIndex(2, 1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> conv.weightIndex(0, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> conv.weightIndex(0, 0, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> conv.weightIndex(3, 0, 0, 0));
        // a single lit pixel at (1, 2, 2) shows filter 2's channel-1 kernel, mirrored, around it
        java.util.Arrays.fill(w.values(), 0.0);
        java.util.Arrays.fill(conv.biases().values(), 0.0);
        for (int ky = 0; ky < 3; ky++) {
            for (int kx = 0; kx < 3; kx++) {
                w.values()[conv.weightIndex(2, 1, ky, kx)] = 10 * ky + kx + 1;
            }
        }
        double[] in = new double[50];
        in[25 + 2 * 5 + 2] = 1.0;
        double[] out = new double[75];
        conv.forward(in, out);
        for (int ky = 0; ky < 3; ky++) {
            for (int kx = 0; kx < 3; kx++) {
                int oy = 2 - ky + 1;
                int ox = 2 - kx + 1;
                assertEquals(10 * ky + kx + 1, out[50 + oy * 5 + ox], "kernel " + ky + "," + kx);
            }
        }
    }

    @Test
    void forwardMatchesAPlainReferenceOverSeededShapes() {
        Rng pick = new Rng(11);
        int checked = 0;
        while (checked < 60) {
            Conv2d.Spec spec = new Conv2d.Spec(1 + pick.nextInt(3), 1 + pick.nextInt(7), 1 + pick.nextInt(2),
                    pick.nextInt(2) == 0 ? Padding.SAME : Padding.VALID, Activation.TANH);
            Shape input = Shape.of(1 + pick.nextInt(3), 1 + pick.nextInt(9), 1 + pick.nextInt(9));
            if (!fits(spec, input)) {
                continue;
            }
            Conv2d conv = build(spec, input, checked);
            double[] in = GradientChecks.uniform(pick, input.size());
            double[] out = new double[conv.outputShape().size()];
            conv.forward(in, out);
            assertArrayEquals(reference(conv, spec, input, in), out, spec + " on " + input);
            checked++;
        }
    }

    /** The convolution written plainly: every kernel position, padding zeros skipped by a test. */
    private static double[] reference(Conv2d conv, Conv2d.Spec spec, Shape input, double[] in) {
        int c = input.dim(0);
        int h = input.dim(1);
        int w = input.dim(2);
        int k = spec.kernel();
        int s = spec.stride();
        int top = spec.padding().before(h, k, s);
        int left = spec.padding().before(w, k, s);
        int oh = spec.padding().outputExtent(h, k, s);
        int ow = spec.padding().outputExtent(w, k, s);
        double[] out = new double[spec.filters() * oh * ow];
        for (int f = 0; f < spec.filters(); f++) {
            for (int oy = 0; oy < oh; oy++) {
                for (int ox = 0; ox < ow; ox++) {
                    double sum = conv.biases().values()[f];
                    for (int ch = 0; ch < c; ch++) {
                        for (int ky = 0; ky < k; ky++) {
                            for (int kx = 0; kx < k; kx++) {
                                int y = oy * s - top + ky;
                                int x = ox * s - left + kx;
                                if (y >= 0 && y < h && x >= 0 && x < w) {
                                    sum += conv.weights().values()[conv.weightIndex(f, ch, ky, kx)] * in[(ch * h + y) * w + x];
                                }
                            }
                        }
                    }
                    out[(f * oh + oy) * ow + ox] = spec.activation().apply(sum);
                }
            }
        }
        return out;
    }

    private static boolean fits(LayerSpec spec, Shape input) {
        try {
            spec.outputShape(input);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Kernel 1, 3 and 5, stride 1 and 2, same and valid padding; for each, six seeded inputs of 1 to
     * 3 channels, 1 to 3 filters and sides 4 to 9 (not always square) that fit: the layer alone, and
     * the layer after another convolution (so its input gradient is checked inside a network too)
     * followed by max pooling where the sides allow, a dense layer and the softmax head.
     */
    @Test
    void gradientsMatchFiniteDifferencesForEveryKernelStrideAndPadding() {
        Rng pick = new Rng(2024);
        double worst = 0.0;
        int cases = 0;
        for (int kernel : new int[] {1, 3, 5}) {
            for (int stride : new int[] {1, 2}) {
                for (Padding padding : Padding.values()) {
                    int done = 0;
                    while (done < 6) {
                        Conv2d.Spec spec = new Conv2d.Spec(1 + pick.nextInt(3), kernel, stride, padding, Activation.TANH);
                        Shape input = Shape.of(1 + pick.nextInt(3), 4 + pick.nextInt(6), 4 + pick.nextInt(6));
                        if (!fits(spec, input)) {
                            continue;
                        }
                        worst = Math.max(worst, GradientChecks.checkLayer(spec, input, cases));
                        Conv2d.Spec first = new Conv2d.Spec(input.dim(0), 3, 1, Padding.SAME, Activation.TANH);
                        Shape after = spec.outputShape(input);
                        List<LayerSpec> layers = after.dim(1) % 2 == 0 && after.dim(2) % 2 == 0
                                ? List.of(first, spec, new MaxPool2d.Spec()) : List.of(first, spec);
                        worst = Math.max(worst, GradientChecks.checkNetwork(layers, input, 3, cases));
                        done++;
                        cases++;
                    }
                }
            }
        }
        assertEquals(72, cases);
        assertTrue(worst <= GradientChecks.TOLERANCE);
    }

    @Test
    void gradientsMatchFiniteDifferencesForEveryActivation() {
        for (Activation a : Activation.values()) {
            if (!a.allowedInHiddenLayer()) {
                assertThrows(IllegalArgumentException.class, () -> new Conv2d.Spec(2, 3, 1, Padding.SAME, a));
                continue;
            }
            Conv2d.Spec spec = new Conv2d.Spec(2, 3, 1, Padding.SAME, a);
            GradientChecks.checkLayer(spec, Shape.of(2, 5, 5), a.ordinal());
            GradientChecks.checkNetwork(List.of(spec), Shape.of(2, 5, 5), 2, a.ordinal());
        }
    }

    @Test
    void outputShapesFollowThePaddingAndTheStride() {
        assertEquals(Shape.of(4, 8, 8), Conv2d.Spec.of(4, 3, Activation.RELU).outputShape(Shape.of(1, 8, 8)));
        assertEquals(Shape.of(4, 6, 4), new Conv2d.Spec(4, 3, 1, Padding.VALID, Activation.RELU).outputShape(Shape.of(1, 8, 6)));
        assertEquals(Shape.of(2, 4, 4), new Conv2d.Spec(2, 3, 2, Padding.SAME, Activation.RELU).outputShape(Shape.of(3, 8, 7)));
        assertEquals(Shape.of(2, 3, 2), new Conv2d.Spec(2, 3, 2, Padding.VALID, Activation.RELU).outputShape(Shape.of(3, 7, 5)));
        assertEquals(Shape.of(1, 1, 1), new Conv2d.Spec(1, 7, 1, Padding.VALID, Activation.RELU).outputShape(Shape.of(1, 7, 7)));
    }

    @Test
    void shapesThatDoNotFitAreRefusedWithASentenceThatSaysWhatFits() {
        assertEquals("2-D convolution: a kernel of 5 without padding needs a height of at least 5, not 4;"
                + " use a kernel of at most 4 or same padding.", refusal(new Conv2d.Spec(1, 5, 1, Padding.VALID,
                Activation.RELU), Shape.of(1, 4, 8)));
        assertEquals("2-D convolution: a kernel of 5 without padding needs a width of at least 5, not 3;"
                + " use a kernel of at most 3 or same padding.", refusal(new Conv2d.Spec(1, 5, 1, Padding.VALID,
                Activation.RELU), Shape.of(1, 8, 3)));
        assertEquals("2-D convolution: a kernel of 3 at stride 2 without padding fits a height of 7 or 9, not 8"
                + " (the height minus the kernel must be even); use stride 1 or same padding.",
                refusal(new Conv2d.Spec(1, 3, 2, Padding.VALID, Activation.RELU), Shape.of(1, 8, 8)));
        assertEquals("a 2-D convolution takes images (channels x height x width), not a vector of 64 values;"
                + " put it before any flatten or dense layer", refusal(Conv2d.Spec.of(1, 3, Activation.RELU), Shape.vector(64)));
        assertEquals("Channels: 33 is above the limit of 32.", refusal(Conv2d.Spec.of(1, 3, Activation.RELU), Shape.of(33, 8, 8)));
        assertEquals("Image side: 40 is above the limit of 32.", refusal(Conv2d.Spec.of(1, 3, Activation.RELU), Shape.of(1, 40, 8)));
    }

    @Test
    void settingsOutsideTheLimitsAreRefusedInTheLimitsWords() {
        assertEquals("Filters: 33 is above the limit of 32.", message(() -> Conv2d.Spec.of(33, 3, Activation.RELU)));
        assertEquals("Filters: 0 is below the minimum of 1.", message(() -> Conv2d.Spec.of(0, 3, Activation.RELU)));
        assertEquals("Kernel: 8 is above the limit of 7.", message(() -> Conv2d.Spec.of(1, 8, Activation.RELU)));
        assertEquals("Kernel: 0 is below the minimum of 1.", message(() -> Conv2d.Spec.of(1, 0, Activation.RELU)));
        assertEquals("a convolution's stride is 1 or 2, not 3",
                message(() -> new Conv2d.Spec(1, 3, 3, Padding.SAME, Activation.RELU)));
        assertEquals("a convolution needs a padding: same or valid",
                message(() -> new Conv2d.Spec(1, 3, 1, null, Activation.RELU)));
        assertEquals("a convolution's activation must be one of the per-neuron ones, not SOFTMAX",
                message(() -> new Conv2d.Spec(1, 3, 1, Padding.SAME, Activation.SOFTMAX)));
    }

    @Test
    void theSameSeedBuildsTheSameFiltersAndAnotherSeedOthers() {
        Conv2d.Spec spec = Conv2d.Spec.of(4, 3, Activation.RELU);
        double[] a = spec.build(Shape.of(1, 8, 8), Init.HE, new Rng(9)).weights().values();
        double[] b = spec.build(Shape.of(1, 8, 8), Init.HE, new Rng(9)).weights().values();
        double[] c = spec.build(Shape.of(1, 8, 8), Init.HE, new Rng(10)).weights().values();
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
        double limit = Math.sqrt(6.0 / 9);
        for (double v : a) {
            assertTrue(Math.abs(v) <= limit);
        }
    }

    static String refusal(LayerSpec spec, Shape input) {
        return message(() -> spec.outputShape(input));
    }

    static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }
}
