package org.nnplayground.core.export;

import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;

/**
 * The network's outputs for raw input rows, as the JavaScript API's {@code predict} gives them. The
 * rows are expanded into the chosen features ({@link Inputs#expand}), or taken as they are when the
 * network takes its raw inputs (1-D data, a table of more than two inputs), and run through a copy
 * of the network, so the trainer's network and its buffers stay untouched.
 */
public final class Predictions {
    /** The most rows one call predicts. */
    public static final int MAX_ROWS = 100_000;

    private Predictions() {
    }

    /**
     * The outputs for {@code raw} (rows of {@code rawWidth} values, row-major), one row of
     * {@code network.width(network.layerCount())} outputs per input row.
     *
     * @param features the chosen features, null when the network takes the raw inputs as they are
     *                 (1-D data, a table of more than two inputs: rows of {@code network.width(0)} values)
     * @throws IllegalArgumentException for rows of the wrong width, non-finite values or too many rows
     */
    public static double[] of(Network network, FeatureSet features, double[] raw, int rawWidth) {
        double[] inputs = Inputs.expand(features, network.width(0), raw, rawWidth);
        int rows = raw.length / rawWidth;
        if (rows > MAX_ROWS) {
            throw new IllegalArgumentException(rows + " rows is too many for one call; at most " + MAX_ROWS + ".");
        }
        Network copy = copyOf(network);
        int n = copy.width(0);
        int outputs = copy.output().length;
        double[] out = new double[rows * outputs];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(copy.forward(inputs, r * n), 0, out, r * outputs, outputs);
        }
        return out;
    }

    /** A network of the same architecture holding the same parameters, bit for bit. */
    public static Network copyOf(Network network) {
        Network copy = network.architecture().build(new Rng(0));
        double[] values = network.parameterBuffer();
        network.copyParametersTo(values);
        copy.copyParametersFrom(values);
        return copy;
    }
}
