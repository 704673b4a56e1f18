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
    }

    /** The setup's chosen features; the network takes them where {@link #inputFeatures()} is not null. */
    public FeatureSet features() {
        return state.features();
    }

    /**
     * The features the network's inputs are computed from, or null when it takes its raw inputs as
     * they are: the x of 1-D data, or each input of a table of more than two.
     */
    public FeatureSet inputFeatures() {
        return oneDimensional() || rawInputCount() > 2 ? null : features();
    }

    /** Whether the data has one raw input (x) rather than two or more (x1, x2, ...). */
    public boolean oneDimensional() {
        return state.data().kind().problem().inputDimension() == 1;
    }

    /** The raw inputs a row of data has: 1 (x), 2 (x1, x2), or a table's 3 to 16 inputs. */
    public int rawInputCount() {
        if (oneDimensional()) {
            return 1;
        }
        return state.data().table() != null ? Math.max(2, state.data().table().inputCount()) : 2;
    }

    /**
     * The names of the network's inputs: "x" for 1-D data, x1, x2, ... for each input of a table of
     * more than two, else the chosen feature ids (x1, x2, x1sq ...).
     */
    public List<String> inputNames() {
        return Inputs.names(inputFeatures(), rawInputCount());
    }

    /** The raw inputs a row of data has: x, or x1 and x2, or x1 to x16 of a table's chosen columns in order. */
    public List<String> rawInputNames() {
        return Inputs.rawNames(rawInputCount());
    }

    /** The headers of a table's input columns, in the order of the raw inputs; empty for other data. */
    public List<String> columns() {
        return state.data().table() == null ? List.of() : state.data().table().inputNames();
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
