package org.nnplayground.core.nn;

import java.util.List;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Shape;

/**
 * What a network is built from, for any layer kinds: the input shape, the layers in order, the
 * activation of the output head and how parameters start. Immutable and comparable with
 * {@code equals}, so a trainer can tell whether two networks have the same shape. A fully connected
 * {@link NetworkSpec} gives one with {@link NetworkSpec#architecture()}.
 *
 * @param input the shape of one sample's input
 * @param layers the layers, the first taking the input
 * @param outputActivation what the head applies to the last layer's output
 * @param init how parameters start
 */
public record Architecture(Shape input, List<LayerSpec> layers, Activation outputActivation, Init init) {
    public Architecture {
        if (input == null || layers == null || outputActivation == null || init == null) {
            throw new IllegalArgumentException("an architecture needs an input shape, layers, an output activation and an initialisation");
        }
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
    }

    /** The shape of the network's output, each layer given the shape before it; refuses a layer that does not fit. */
    public Shape outputShape() {
        Shape shape = input;
        for (LayerSpec layer : layers) {
            shape = layer.outputShape(shape);
        }
        return shape;
    }

    /** Number of input values per sample. */
    public int inputs() {
        return input.size();
    }

    /** Number of output values per sample. */
    public int outputs() {
        return outputShape().size();
    }

    /** A network of this architecture whose initial parameters are drawn from {@code rng}. */
    public Network build(Rng rng) {
        return new Network(this, rng);
    }
}
