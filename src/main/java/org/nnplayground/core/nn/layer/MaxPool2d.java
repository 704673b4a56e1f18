package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.Rng;

/**
 * Max pooling over 2x2 windows at stride 2: each channel's image is halved along both axes, each
 * output the largest of its four inputs. Images are {@code channels x height x width} as for
 * {@link Conv2d}; both sides must be even.
 *
 * <p>Ties: the first of the largest inputs in reading order (top left, top right, bottom left,
 * bottom right) is the window's maximum, and backward gives the whole gradient to that one input
 * and none to the others, so forward and backward always agree on which input counted. Both passes
 * record and read the chosen inputs in a buffer allocated once; neither allocates. No parameters.
 */
public final class MaxPool2d extends ParameterFreeLayer {
    /** Max pooling's description: 2x2 windows, stride 2, nothing to choose. */
    public record Spec() implements LayerSpec {
        @Override
        public Shape outputShape(Shape input) {
            return ImageShapes.halved(input, "2x2 max pooling");
        }

        @Override
        public MaxPool2d build(Shape input, Init init, Rng rng) {
            return new MaxPool2d(input, outputShape(input));
        }
    }

    private final int channels;
    private final int width;
    private final int outHeight;
    private final int outWidth;
    /** For each output, the position in the input of the value chosen by the last forward. */
    private final int[] chosen;

    private MaxPool2d(Shape input, Shape output) {
        super(input, output);
        this.channels = input.dim(0);
        this.width = input.dim(2);
        this.outHeight = output.dim(1);
        this.outWidth = output.dim(2);
        this.chosen = new int[output.size()];
    }

    /** Position in the input of the value output {@code o} took in the last {@link #forward}. */
    public int chosenInput(int o) {
        return chosen[o];
    }

    @Override
    public void forward(double[] in, double[] out) {
        int plane = input.dim(1) * width;
        int o = 0;
        for (int c = 0; c < channels; c++) {
            for (int oy = 0; oy < outHeight; oy++) {
                int top = c * plane + 2 * oy * width;
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    int at = top + 2 * ox;
                    int best = at;
                    if (in[at + 1] > in[best]) {
                        best = at + 1;
                    }
                    if (in[at + width] > in[best]) {
                        best = at + width;
                    }
                    if (in[at + width + 1] > in[best]) {
                        best = at + width + 1;
                    }
                    chosen[o] = best;
                    out[o] = in[best];
                }
            }
        }
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        if (gradIn == null) {
            return;
        }
        for (int i = 0; i < gradIn.length; i++) {
            gradIn[i] = 0.0;
        }
        for (int o = 0; o < chosen.length; o++) {
            gradIn[chosen[o]] = gradOut[o];
        }
    }
}
