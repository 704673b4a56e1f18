package org.nnplayground.core.train;

/** Plain gradient descent: w -= lr * g. */
final class SgdOptimizer extends Optimizer {
    @Override
    void updateInPlace(double[] params, double[] grads, int block, double learningRate) {
        for (int i = 0; i < params.length; i++) {
            params[i] -= learningRate * grads[i];
        }
    }
}
