package org.nnplayground.core.state;

import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.text.Ascii;

/**
 * The one edit path for a weight or bias of a points network set by hand (the graph editor, the
 * page's API): a layer, neuron or source the network does not have and NaN are refused with a
 * sentence, leaving the network as it was; a value beyond {@link Limits#MAX_WEIGHT} (infinities too)
 * is cut to it, as in a link, and the notice saying so is returned (null when nothing was cut).
 * The caller counts the weights as changed ({@link RunStatus#edited}).
 */
final class ParameterEdits {
    private ParameterEdits() {
    }

    /** Sets the weight from neuron {@code from} of layer {@code layer - 1} to neuron {@code to} of {@code layer} (1-based). */
    static String setWeight(Network network, int layer, int to, int from, double value) {
        checkLayer(network, "Weight", layer);
        int sources = network.width(layer - 1);
        if (from < 0 || from >= sources) {
            String range = "between 0 and " + (sources - 1) + " in layer " + (layer - 1);
            throw new IllegalArgumentException("Weight: the link's source must be " + range + ", was " + from);
        }
        return edit("Weight", network.weightBlock(layer), to, from, value);
    }

    /** Sets the bias of neuron {@code neuron} of layer {@code layer} (1-based). */
    static String setBias(Network network, int layer, int neuron, double value) {
        checkLayer(network, "Bias", layer);
        return edit("Bias", network.biasBlock(layer), neuron, 0, value);
    }

    private static String edit(String name, ParamBlock block, int to, int from, double value) {
        if (Doubles.isNaN(value)) {
            throw new IllegalArgumentException("a " + Ascii.lower(name) + " must be a number between -1000000 and"
                    + " 1000000, not " + value);
        }
        if (to < 0 || to >= block.fanOut()) {
            throw new IllegalArgumentException(name + ": the neuron must be between 0 and " + (block.fanOut() - 1)
                    + ", was " + to);
        }
        block.set(to, from, Limits.cutWeight(value));
        return Limits.weightNotice(name, value);
    }

    private static void checkLayer(Network network, String name, int layer) {
        int layers = network.layerCount();
        if (layer < 1 || layer > layers) {
            throw new IllegalArgumentException(name + ": the layer must be between 1 and " + layers + ", was " + layer);
        }
    }
}
