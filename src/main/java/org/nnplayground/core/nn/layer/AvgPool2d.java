package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.Rng;

/**
 * Average pooling over 2x2 windows at stride 2: each channel's image is halved along both axes, each
 * output the mean of its four inputs, summed in reading order and then multiplied by 1/4. Images
 * are {@code channels x height x width} as for {@link Conv2d}; both sides must be even. Backward
 * gives each input a quarter of its window's gradient. No parameters; nothing allocates.
 */
public final class AvgPool2d extends ParameterFreeLayer {
    /** Average pooling's description: 2x2 windows, stride 2, nothing to choose. */
    public record Spec() implements LayerSpec {
        @Override
        public Shape outputShape(Shape input) {
            return ImageShapes.halved(input, "2x2 average pooling");
        }

        @Override
        public AvgPool2d build(Shape input, Init init, Rng rng) {
            return new AvgPool2d(input, outputShape(input));
        }
    }

    private final int channels;
    private final int width;
    private final int outHeight;
    private final int outWidth;

    private AvgPool2d(Shape input, Shape output) {
        super(input, output);
        this.channels = input.dim(0);
        this.width = input.dim(2);
        this.outHeight = output.dim(1);
        this.outWidth = output.dim(2);
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
                    out[o] = (in[at] + in[at + 1] + in[at + width] + in[at + width + 1]) * 0.25;
                }
            }
        }
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        if (gradIn == null) {
            return;
        }
        int plane = input.dim(1) * width;
        int o = 0;
        for (int c = 0; c < channels; c++) {
            for (int oy = 0; oy < outHeight; oy++) {
                int top = c * plane + 2 * oy * width;
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    int at = top + 2 * ox;
                    double g = gradOut[o] * 0.25;
                    gradIn[at] = g;
                    gradIn[at + 1] = g;
                    gradIn[at + width] = g;
                    gradIn[at + width + 1] = g;
                }
            }
        }
    }
}
