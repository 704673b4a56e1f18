package org.nnplayground.core.nn.layer;

import java.util.List;

/**
 * What every layer without parameters has in common (pooling, flattening): its two shapes and an
 * empty list of blocks. The kind itself keeps only its passes.
 */
abstract class ParameterFreeLayer implements Layer {
    /** The shape of one sample's input. */
    protected final Shape input;
    /** The shape of one sample's output. */
    protected final Shape output;

    ParameterFreeLayer(Shape input, Shape output) {
        this.input = input;
        this.output = output;
    }

    @Override
    public final Shape inputShape() {
        return input;
    }

    @Override
    public final Shape outputShape() {
        return output;
    }

    /** Work of one forward pass: every input value is read once (pooled, compared or copied), no weights. */
    @Override
    public long forwardCost() {
        return input.size();
    }

    @Override
    public final List<ParamBlock> parameters() {
        return List.of();
    }
}
