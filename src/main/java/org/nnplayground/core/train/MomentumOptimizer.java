package org.nnplayground.core.train;

import org.nnplayground.core.nn.Network;

/** Heavy-ball momentum: v = mu v + g; w -= lr * v, so a change of learning rate acts at once. */
final class MomentumOptimizer extends Optimizer {
    static final double MU = 0.9;

    private final double[][] velocity;

    MomentumOptimizer(Network network) {
        this.velocity = stateLike(network);
    }

    @Override
    int stateSize() {
        return sizeOf(velocity);
    }

    @Override
    void writeState(double[] out, int at) {
        write(velocity, out, at);
    }

    @Override
    void readState(double[] in, int at) {
        read(velocity, in, at);
    }

    @Override
    void updateInPlace(double[] params, double[] grads, int block, double learningRate) {
        double[] v = velocity[block];
        for (int i = 0; i < params.length; i++) {
            v[i] = MU * v[i] + grads[i];
            params[i] -= learningRate * v[i];
        }
    }
}
