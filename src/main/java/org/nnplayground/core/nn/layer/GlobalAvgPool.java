package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.Rng;

/**
 * Global average pooling: the mean of each channel of an image ({@code channels x height x width},
 * over all its pixels) or of each feature of a sequence ({@code steps x features}, over all steps),
 * giving a vector of one value per channel or feature: the sum in memory order times 1 / count.
 * Backward spreads each gradient evenly over the values it averaged. No parameters; nothing allocates.
 */
public final class GlobalAvgPool extends ParameterFreeLayer {
    /** Global average pooling's description: nothing to choose. */
    public record Spec() implements LayerSpec {
        @Override
        public Shape outputShape(Shape input) {
            return Shape.vector(ImageShapes.poolingGroups(input, "global average pooling")[0]);
        }

        @Override
        public GlobalAvgPool build(Shape input, Init init, Rng rng) {
            return new GlobalAvgPool(input, outputShape(input));
        }
    }

    private final int groups;
    private final int items;
    private final int groupStride;
    private final int itemStride;
    private final double share;

    private GlobalAvgPool(Shape input, Shape output) {
        super(input, output);
        int[] g = ImageShapes.poolingGroups(input, "global average pooling");
        this.groups = g[0];
        this.items = g[1];
        this.groupStride = g[2];
        this.itemStride = g[3];
        this.share = 1.0 / items;
    }

    @Override
    public void forward(double[] in, double[] out) {
        for (int g = 0; g < groups; g++) {
            int at = g * groupStride;
            double sum = 0.0;
            for (int i = 0; i < items; i++, at += itemStride) {
                sum += in[at];
            }
            out[g] = sum * share;
        }
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        if (gradIn == null) {
            return;
        }
        for (int g = 0; g < groups; g++) {
            int at = g * groupStride;
            double d = gradOut[g] * share;
            for (int i = 0; i < items; i++, at += itemStride) {
                gradIn[at] = d;
            }
        }
    }
}
