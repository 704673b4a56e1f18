package org.nnplayground.core.nn;

import org.nnplayground.core.math.Rng;

/**
 * A network of its own that holds a copy of another's weights, for work spread over frames while
 * the other trains on (the metrics, a confusion matrix, an image's trace): {@link #take} copies the
 * weights in, making the network anew only for another architecture, so that its buffers serve the
 * next copy; {@link #pieces} runs its forward pass in pieces.
 */
public final class WeightsCopy {
    private Network network;
    private double[] parameters;
    private ForwardInPieces pieces;

    /** Copies every weight and bias of {@code source} into the copy and returns the copy. */
    public Network take(Network source) {
        if (network == null || !network.architecture().equals(source.architecture())) {
            network = new Network(source.architecture(), new Rng(0));
            parameters = network.parameterBuffer();
            pieces = new ForwardInPieces(network);
        }
        source.copyParametersTo(parameters);
        network.copyParametersFrom(parameters);
        return network;
    }

    /** The copy's forward pass in pieces (after the first {@link #take}). */
    public ForwardInPieces pieces() {
        return pieces;
    }
}
