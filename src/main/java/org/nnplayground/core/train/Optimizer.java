package org.nnplayground.core.train;

import org.nnplayground.core.nn.Network;

/**
 * Applies a network's accumulated gradients to its parameters. An optimizer keeps per-parameter
 * state (velocities, moments) sized for one network; a new optimizer starts from zero state.
 */
public abstract class Optimizer {
    /**
     * Updates every weight (and every bias when {@code updateBiases}) of {@code network} in place from
     * its accumulated gradients.
     */
    public final void applyGradientsInPlace(Network network, double learningRate, boolean updateBiases) {
        beginStep();
        for (int l = 1; l <= network.layerCount(); l++) {
            updateInPlace(network.weights(l), network.weightGradients(l), 2 * l, learningRate);
            if (updateBiases) {
                updateInPlace(network.biases(l), network.biasGradients(l), 2 * l + 1, learningRate);
            }
        }
    }

    /** Called once per step before the blocks are updated. */
    void beginStep() {
    }

    /** Updates one block of parameters; {@code block} identifies its state (2l weights, 2l+1 biases). */
    abstract void updateInPlace(double[] params, double[] grads, int block, double learningRate);

    /** State arrays indexed by block, matching {@link #updateInPlace}'s numbering. */
    static double[][] stateLike(Network network) {
        double[][] state = new double[2 * network.layerCount() + 2][];
        for (int l = 1; l <= network.layerCount(); l++) {
            state[2 * l] = new double[network.weights(l).length];
            state[2 * l + 1] = new double[network.biases(l).length];
        }
        return state;
    }
}
