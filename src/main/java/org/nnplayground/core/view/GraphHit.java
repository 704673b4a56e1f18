package org.nnplayground.core.view;

/**
 * An element of the network graph under the pointer: a neuron, a link (a weight) or a bias.
 *
 * @param kind       what was hit
 * @param layer      the neuron's layer (0 = input); for a link or bias, the layer it feeds (1-based)
 * @param neuron     the neuron, or for a link the neuron it feeds
 * @param fromNeuron for a link, the neuron of layer {@code layer - 1} it comes from; -1 otherwise
 */
public record GraphHit(Kind kind, int layer, int neuron, int fromNeuron) {
    /** The kinds of graph elements. */
    public enum Kind {
        NEURON, LINK, BIAS
    }

    public static GraphHit neuron(int layer, int neuron) {
        return new GraphHit(Kind.NEURON, layer, neuron, -1);
    }

    public static GraphHit link(int layer, int toNeuron, int fromNeuron) {
        return new GraphHit(Kind.LINK, layer, toNeuron, fromNeuron);
    }

    public static GraphHit bias(int layer, int neuron) {
        return new GraphHit(Kind.BIAS, layer, neuron, -1);
    }

    /** Whether the element is a parameter the user may edit (a weight or a bias). */
    public boolean isParameter() {
        return kind != Kind.NEURON;
    }
}
