package org.nnplayground.core.nn;

import java.util.List;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.Recurrent;

/**
 * One sample's {@link Network#forward} in pieces of about a given work, so that a sample whose
 * forward pass outlasts a frame (500 steps through four LSTM layers of 256: a billion multiply-adds)
 * can be spread over frames. Layers run whole, except recurrent ones, which run a number of steps
 * at a time ({@link Recurrent#forwardSteps}). The same layers and steps in the same order: the output
 * is bit for bit that of {@link Network#forward}, and the network's buffers hold what they would
 * after it (so {@link Network#loss} then scores this sample). Nothing else may run through the
 * network between {@link #begin} and the end.
 */
public final class ForwardInPieces {
    private final Network network;
    private final List<Layer> layers;
    /** The layer to run next, from 1; layers.size() + 1 once the output is ready. */
    private int layer;
    /** The next step of a recurrent layer under way. */
    private int step;

    public ForwardInPieces(Network network) {
        this.network = network;
        this.layers = network.layers();
        this.layer = layers.size() + 1;
    }

    /** Starts the forward pass of the sample at {@code input[offset ..]}. */
    public void begin(double[] input, int offset) {
        network.loadInput(input, offset);
        layer = 1;
        step = 0;
    }

    /** Whether the sample begun is through and {@link #output()} holds its output. */
    public boolean done() {
        return layer > layers.size();
    }

    /**
     * Runs layers (and steps of recurrent layers) until about {@code work} multiply-adds are spent
     * (see {@link Layer#forwardCost}) or the pass is through, at least one layer or step; returns
     * whether it is through.
     */
    public boolean advance(long work) {
        long spent = 0;
        while (!done() && (spent == 0 || spent < work)) {
            Layer l = layers.get(layer - 1);
            double[] in = network.activations(layer - 1);
            double[] out = network.activations(layer);
            if (l instanceof Recurrent) {
                Recurrent r = (Recurrent) l;
                long perStep = Math.max(1, r.forwardCost() / r.steps());
                int steps = (int) Math.max(1, Math.min(r.steps() - step, (work - spent) / perStep));
                r.forwardSteps(in, out, step, step + steps);
                step += steps;
                spent += steps * perStep;
                if (step < r.steps()) {
                    continue;
                }
            } else {
                l.forward(in, out);
                spent += l.forwardCost();
            }
            layer++;
            step = 0;
            if (done()) {
                network.applyHead();
            }
        }
        return done();
    }

    /** The network's output for the sample (valid once {@link #done()}), live. */
    public double[] output() {
        return network.output();
    }
}
