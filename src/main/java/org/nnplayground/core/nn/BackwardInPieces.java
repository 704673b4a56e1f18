package org.nnplayground.core.nn;

import java.util.List;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.Recurrent;

/**
 * One sample's {@link Network#backward} in pieces of about a given work, as {@link ForwardInPieces}
 * is its forward pass: layers from the top run whole, except recurrent ones, which run a number of
 * steps at a time, the last step first ({@link Recurrent#backwardSteps}). The same layers and steps
 * in the same order: the gradients come out bit for bit as {@link Network#backward} adds them. Starts
 * from the sample last run forward; nothing else may run through the network until the end.
 */
public final class BackwardInPieces {
    /** A step backward costs about twice a step forward: the gradients of the inputs and of the weights. */
    private static final int BACKWARD_PER_FORWARD = 2;

    private final Network network;
    private final List<Layer> layers;
    /** The layer to run next, from the top; 0 once the pass is through. */
    private int layer;
    /** The step above the next one of a recurrent layer under way; -1 before it starts. */
    private int step = -1;

    public BackwardInPieces(Network network) {
        this.network = network;
        this.layers = network.layers();
    }

    /** Starts the backward pass of the sample last run forward against {@code target[offset ..]}, scaled by {@code scale}. */
    public void begin(Loss loss, double[] target, int offset, double scale) {
        network.headGradient(loss, target, offset, scale);
        layer = layers.size();
        step = -1;
    }

    /** Whether the pass begun is through. */
    public boolean done() {
        return layer < 1;
    }

    /**
     * Runs layers (and steps of recurrent layers) until about {@code work} multiply-adds are spent or
     * the pass is through, at least one layer or step; returns whether it is through.
     */
    public boolean advance(long work) {
        long spent = 0;
        while (!done() && (spent == 0 || spent < work)) {
            Layer l = layers.get(layer - 1);
            double[] in = network.activations(layer - 1);
            double[] gradOut = network.gradients(layer);
            double[] gradIn = layer > 1 ? network.gradients(layer - 1) : null;
            if (l instanceof Recurrent) {
                Recurrent r = (Recurrent) l;
                if (step < 0) {
                    step = r.steps();
                }
                long forwardPerStep = r.forwardCost() / r.steps();
                long perStep = Math.max(1, BACKWARD_PER_FORWARD * forwardPerStep);
                int steps = (int) Math.max(1, Math.min(step, (work - spent) / perStep));
                r.backwardSteps(in, gradOut, gradIn, step, step - steps);
                step -= steps;
                spent += steps * perStep;
                if (step > 0) {
                    continue;
                }
            } else {
                l.backward(in, network.activations(layer), gradOut, gradIn);
                spent += BACKWARD_PER_FORWARD * l.forwardCost();
            }
            layer--;
            step = -1;
        }
        return done();
    }
}
