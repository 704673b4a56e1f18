package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.Rng;

/**
 * Flattening: any shape becomes a vector of its size, the values in the same (row-major) order.
 * A dense layer already reads any input as flat; this layer says so in the network's description
 * and in the graph, between the image layers and the dense ones. No parameters; nothing allocates.
 */
public final class Flatten extends ParameterFreeLayer {
    /** Flattening's description: nothing to choose. */
    public record Spec() implements LayerSpec {
        @Override
        public Shape outputShape(Shape input) {
            return Shape.vector(input.size());
        }

        @Override
        public Flatten build(Shape input, Init init, Rng rng) {
            return new Flatten(input);
        }
    }


    private Flatten(Shape input) {
        super(input, Shape.vector(input.size()));
    }

    @Override
    public void forward(double[] in, double[] out) {
        System.arraycopy(in, 0, out, 0, in.length);
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        if (gradIn != null) {
            System.arraycopy(gradOut, 0, gradIn, 0, gradOut.length);
        }
    }

    /** The batched pass is a copy as well. */
    @Override
    public void forwardBatch(double[] in, double[] out, int stride, int from, int to) {
        int n = input.size();
        for (int i = 0; i < n; i++) {
            System.arraycopy(in, i * stride + from, out, i * stride + from, to - from);
        }
    }
}
