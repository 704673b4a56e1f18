package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/**
 * The work estimates of the convolutions and the parameter-free image layers, against the
 * multiply-adds their forward passes really do. With every weight and every input at 1, no bias and
 * no activation, each output of a convolution is the number of weights its window multiplied, so the
 * outputs' sum (plus one bias per output) counts the pass's multiply-adds.
 */
class ConvolutionCostTest {
    @Test
    void aTwoDimensionalConvolutionSaysTheMultiplyAddsItsForwardPassDoes() {
        Rng pick = new Rng(17);
        int checked = 0;
        for (int shape = 0; shape < 200; shape++) {
            Shape input = Shape.of(1 + pick.nextInt(3), 1 + pick.nextInt(12), 1 + pick.nextInt(12));
            Conv2d.Spec spec = new Conv2d.Spec(1 + pick.nextInt(6), 1 + pick.nextInt(7), 1 + pick.nextInt(2),
                    pick.nextInt(2) == 0 ? Padding.SAME : Padding.VALID, Activation.IDENTITY);
            if (!fits(spec, input)) {
                continue;
            }
            Conv2d conv = spec.build(input, Init.GLOROT, new Rng(shape));
            assertEquals(counted(conv, conv.weights(), conv.biases()), conv.forwardCost(), spec + " on " + input);
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " shapes fitted");
    }

    @Test
    void aOneDimensionalConvolutionSaysTheMultiplyAddsItsForwardPassDoes() {
        Rng pick = new Rng(23);
        int checked = 0;
        for (int shape = 0; shape < 200; shape++) {
            Shape input = Shape.of(1 + pick.nextInt(20), 1 + pick.nextInt(4));
            Conv1d.Spec spec = new Conv1d.Spec(1 + pick.nextInt(6), 1 + pick.nextInt(7), 1 + pick.nextInt(2),
                    pick.nextInt(2) == 0 ? Padding.SAME : Padding.VALID, Activation.IDENTITY);
            if (!fits(spec, input)) {
                continue;
            }
            Conv1d conv = spec.build(input, Init.GLOROT, new Rng(shape));
            assertEquals(counted(conv, conv.weights(), conv.biases()), conv.forwardCost(), spec + " on " + input);
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " shapes fitted");
    }

    @Test
    void theLargestConvolutionAllowedCostsAFifthOfWhatEveryOutputReadingEveryInputWouldSay() {
        // the image page's limit: 32 channels of 16 x 16 through 32 filters of 7 x 7, same padding
        Shape input = Shape.of(32, 16, 16);
        Conv2d conv = Conv2d.Spec.of(32, 7, Activation.RELU).build(input, Init.HE, new Rng(1));
        // each axis: 16 positions, the windows inside it cover 4+5+6+7*10+6+5+4 = 100 taps
        assertEquals(32L * 32 * 100 * 100 + 32 * 16 * 16, conv.forwardCost());
        long everyInput = (long) conv.outputShape().size() * (input.size() + 1);
        assertTrue(everyInput > 5 * conv.forwardCost(), everyInput + " against " + conv.forwardCost());
    }

    @Test
    void layersWithoutParametersReadEachInputOnce() {
        Shape image = Shape.of(3, 8, 6);
        for (LayerSpec spec : List.of(new MaxPool2d.Spec(), new AvgPool2d.Spec(), new GlobalMaxPool.Spec(),
                new GlobalAvgPool.Spec(), new Flatten.Spec())) {
            assertEquals(image.size(), spec.build(image, Init.GLOROT, new Rng(1)).forwardCost(), spec.toString());
        }
    }

    private static boolean fits(LayerSpec spec, Shape input) {
        try {
            spec.outputShape(input);
            return true;
        } catch (IllegalArgumentException misfit) {
            return false;
        }
    }

    /** Multiply-adds of one forward pass, counted from its outputs with unit weights and inputs. */
    private static long counted(Layer conv, ParamBlock weights, ParamBlock biases) {
        Arrays.fill(weights.values(), 1.0);
        Arrays.fill(biases.values(), 0.0);
        double[] in = new double[conv.inputShape().size()];
        Arrays.fill(in, 1.0);
        double[] out = new double[conv.outputShape().size()];
        conv.forward(in, out);
        long multiplyAdds = 0;
        for (double taps : out) {
            multiplyAdds += (long) taps;
        }
        return multiplyAdds + out.length;
    }
}
