package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.Rng;

/**
 * Global max pooling: the largest value of each channel of an image ({@code channels x height x width},
 * over all its pixels) or of each feature of a sequence ({@code steps x features}, over all steps),
 * giving a vector of one value per channel or feature. It answers "is the pattern this filter
 * detects anywhere?", wherever it is, which is what makes a convnet insensitive to shifts.
 *
 * <p>Ties: the first of the largest values in memory order wins, and backward gives it the whole
 * gradient, as in {@link MaxPool2d}. No parameters; nothing allocates.
 */
public final class GlobalMaxPool extends ParameterFreeLayer {
    /** Global max pooling's description: nothing to choose. */
    public record Spec() implements LayerSpec {
        @Override
        public Shape outputShape(Shape input) {
            return Shape.vector(ImageShapes.poolingGroups(input, "global max pooling")[0]);
        }

        @Override
        public GlobalMaxPool build(Shape input, Init init, Rng rng) {
            return new GlobalMaxPool(input, outputShape(input));
        }
    }

    private final int groups;
    private final int items;
    private final int groupStride;
    private final int itemStride;
    private final int[] chosen;

    private GlobalMaxPool(Shape input, Shape output) {
        super(input, output);
        int[] g = ImageShapes.poolingGroups(input, "global max pooling");
        this.groups = g[0];
        this.items = g[1];
        this.groupStride = g[2];
        this.itemStride = g[3];
        this.chosen = new int[groups];
    }

    /** Position in the input of the value output {@code o} took in the last {@link #forward}. */
    public int chosenInput(int o) {
        return chosen[o];
    }

    @Override
    public void forward(double[] in, double[] out) {
        for (int g = 0; g < groups; g++) {
            int at = g * groupStride;
            int best = at;
            for (int i = 1; i < items; i++) {
                at += itemStride;
                if (in[at] > in[best]) {
                    best = at;
                }
            }
            chosen[g] = best;
            out[g] = in[best];
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
        for (int g = 0; g < groups; g++) {
            gradIn[chosen[g]] = gradOut[g];
        }
    }
}
