package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.Rng;

/**
 * The description of one layer, from which a network builds it: immutable, comparable with
 * {@code equals}, free of parameters. Each layer kind has its own (for example {@link Dense.Spec}).
 */
public interface LayerSpec {
    /**
     * The shape this layer gives for {@code input}.
     *
     * @throws IllegalArgumentException with a sentence saying what fits, when the layer cannot take
     *     an input of that shape
     */
    Shape outputShape(Shape input);

    /**
     * Builds the layer for inputs of shape {@code input}, drawing its initial parameters from
     * {@code rng} as {@code init} says. The draws of a network's layers follow one another in the
     * order of the layers, so the same seed gives the same network everywhere.
     */
    Layer build(Shape input, Init init, Rng rng);
}
