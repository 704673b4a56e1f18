package org.nnplayground.core.view;

import org.nnplayground.core.nn.NetworkSpec;

/**
 * Moves a keyboard focus over the network graph's elements, so that every neuron, weight and bias
 * can be reached without a pointer.
 *
 * <p>Left and right go to the previous or next layer (to the neuron at the same position, or the
 * last one of a narrower layer). Up and down walk through the current layer in reading order: each
 * neuron, then its bias, then the weights that lead into it (from the first neuron of the layer
 * before to the last), then the next neuron. Page up and page down jump to the previous or next
 * neuron; home and end to the first and last neuron of the layer. The input layer has neurons only.
 */
public final class GraphNavigator {
    /** The keys that move the focus. */
    public enum Move {
        LEFT, RIGHT, UP, DOWN, PREVIOUS_NEURON, NEXT_NEURON, FIRST, LAST
    }

    private GraphNavigator() {
    }

    /** Where the focus starts: the first input. */
    public static GraphHit first() {
        return GraphHit.neuron(0, 0);
    }

    /** Maps a {@code KeyboardEvent.key} to a move, or null for a key that does not move the focus. */
    public static Move moveFor(String key) {
        switch (key) {
            case "ArrowLeft":
                return Move.LEFT;
            case "ArrowRight":
                return Move.RIGHT;
            case "ArrowUp":
                return Move.UP;
            case "ArrowDown":
                return Move.DOWN;
            case "PageUp":
                return Move.PREVIOUS_NEURON;
            case "PageDown":
                return Move.NEXT_NEURON;
            case "Home":
                return Move.FIRST;
            case "End":
                return Move.LAST;
            default:
                return null;
        }
    }

    /** Whether {@code hit} names an element of a network of shape {@code spec}. */
    public static boolean isValid(NetworkSpec spec, GraphHit hit) {
        if (hit == null) {
            return false;
        }
        int l = hit.layer();
        int lowest = hit.kind() == GraphHit.Kind.NEURON ? 0 : 1;
        if (l < lowest || l > spec.layerCount() || hit.neuron() < 0 || hit.neuron() >= spec.width(l)) {
            return false;
        }
        return hit.kind() != GraphHit.Kind.LINK || (hit.fromNeuron() >= 0 && hit.fromNeuron() < spec.width(l - 1));
    }

    /**
     * The element {@code move} leads to from {@code from}; {@code from} itself at an edge. A focus
     * that does not fit {@code spec} (the network changed shape) is first brought back into it.
     */
    public static GraphHit move(NetworkSpec spec, GraphHit from, Move move) {
        GraphHit at = fit(spec, from);
        int l = at.layer();
        int i = at.neuron();
        int width = spec.width(l);
        switch (move) {
            case LEFT:
                return l == 0 ? at : GraphHit.neuron(l - 1, Math.min(i, spec.width(l - 1) - 1));
            case RIGHT:
                return l == spec.layerCount() ? at : GraphHit.neuron(l + 1, Math.min(i, spec.width(l + 1) - 1));
            case PREVIOUS_NEURON:
                return at.kind() != GraphHit.Kind.NEURON ? GraphHit.neuron(l, i) : GraphHit.neuron(l, Math.max(0, i - 1));
            case NEXT_NEURON:
                return GraphHit.neuron(l, Math.min(width - 1, i + 1));
            case FIRST:
                return GraphHit.neuron(l, 0);
            case LAST:
                return GraphHit.neuron(l, width - 1);
            case DOWN:
                return next(spec, at);
            default:
                return previous(spec, at);
        }
    }

    private static GraphHit next(NetworkSpec spec, GraphHit at) {
        int l = at.layer();
        int i = at.neuron();
        int last = spec.width(l) - 1;
        if (l == 0) {
            return GraphHit.neuron(0, Math.min(last, i + 1));
        }
        switch (at.kind()) {
            case NEURON:
                return GraphHit.bias(l, i);
            case BIAS:
                return GraphHit.link(l, i, 0);
            default:
                if (at.fromNeuron() < spec.width(l - 1) - 1) {
                    return GraphHit.link(l, i, at.fromNeuron() + 1);
                }
                return i < last ? GraphHit.neuron(l, i + 1) : at;
        }
    }

    private static GraphHit previous(NetworkSpec spec, GraphHit at) {
        int l = at.layer();
        int i = at.neuron();
        switch (at.kind()) {
            case NEURON:
                if (i == 0) {
                    return at;
                }
                return l == 0 ? GraphHit.neuron(0, i - 1) : GraphHit.link(l, i - 1, spec.width(l - 1) - 1);
            case BIAS:
                return GraphHit.neuron(l, i);
            default:
                return at.fromNeuron() > 0 ? GraphHit.link(l, i, at.fromNeuron() - 1) : GraphHit.bias(l, i);
        }
    }

    /** The nearest element of {@code spec} to {@code hit}: the same kind where it still exists, else a neuron. */
    static GraphHit fit(NetworkSpec spec, GraphHit hit) {
        if (isValid(spec, hit)) {
            return hit;
        }
        if (hit == null) {
            return first();
        }
        int l = Math.max(0, Math.min(spec.layerCount(), hit.layer()));
        return GraphHit.neuron(l, Math.max(0, Math.min(spec.width(l) - 1, hit.neuron())));
    }
}
