package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.state.PlaygroundState;

/**
 * What the exporters write: the playground's state (data, features, training settings), its
 * network with the current weights, the epoch they were reached at, the link to the setup
 * (a fragment without '#' and without weights) and the data the network trains on. The network
 * is read, never changed.
 *
 * @param state the setup
 * @param network the trained network, live
 * @param epoch the epochs the weights were trained for
 * @param link the link fragment to the setup, "" for none
 * @param data the training and test points, or null when they are not at hand
 */
public record ModelSnapshot(PlaygroundState state, Network network, int epoch, String link, DataSplit data) {
    public ModelSnapshot {
        if (state == null || network == null) {
            throw new IllegalArgumentException("a snapshot needs a state and a network");
        }
        link = link == null ? "" : link;
        if (state.data().table() != null && state.data().table().inputCount() > 2) {
            throw new IllegalArgumentException("The exports take data of one or two inputs; this table has "
                    + state.data().table().inputCount() + ", which they do not cover yet.");
        }
    }

    /** The network's input features; 1-D data has the single input x. */
    public FeatureSet features() {
        return state.features();
    }

    /** Whether the data has one raw input (x) rather than two (x1, x2). */
    public boolean oneDimensional() {
        return state.data().kind().problem().inputDimension() == 1;
    }

    /** The names of the network's inputs: "x" for 1-D data, else the chosen feature ids (x1, x2, x1sq ...). */
    public List<String> inputNames() {
        return Inputs.names(oneDimensional() ? null : features());
    }

    /** The raw inputs a row of data has: x, or x1 and x2. */
    public List<String> rawInputNames() {
        return Inputs.rawNames(oneDimensional());
    }

    /**
     * The network's layers as dense layers, the only kind the exporters know yet; a network with
     * another kind is refused, naming the layer.
     */
    public List<Dense> denseLayers() {
        return denseLayers(network);
    }

    /** {@link #denseLayers()} of any network. */
    public static List<Dense> denseLayers(Network network) {
        List<Dense> list = new ArrayList<>();
        int l = 1;
        for (Layer layer : network.layers()) {
            if (!(layer instanceof Dense)) {
                throw new IllegalArgumentException("Layer " + l + " is a " + layer.getClass().getSimpleName()
                        + " layer, which the exports do not cover yet.");
            }
            list.add((Dense) layer);
            l++;
        }
        return list;
    }
}
