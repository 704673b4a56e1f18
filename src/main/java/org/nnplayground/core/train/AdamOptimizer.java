package org.nnplayground.core.train;

import org.nnplayground.core.nn.Network;

/**
 * Adam: running means of the gradient and of its square, bias-corrected. The powers beta^t are
 * kept as running products (no Math.pow), so every runtime computes the same bits.
 */
final class AdamOptimizer extends Optimizer {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double[][] m;
    private final double[][] v;
    private double beta1Power = 1.0;
    private double beta2Power = 1.0;
    private double correction1;
    private double correction2;

    AdamOptimizer(Network network) {
        this.m = stateLike(network);
        this.v = stateLike(network);
    }

    /** The two powers of the betas, then the first moments, then the second. */
    @Override
    int stateSize() {
        return 2 + sizeOf(m) + sizeOf(v);
    }

    @Override
    void writeState(double[] out, int at) {
        out[at] = beta1Power;
        out[at + 1] = beta2Power;
        write(v, out, write(m, out, at + 2));
    }

    @Override
    void readState(double[] in, int at) {
        beta1Power = in[at];
        beta2Power = in[at + 1];
        read(v, in, read(m, in, at + 2));
    }

    @Override
    void beginStep() {
        beta1Power *= BETA1;
        beta2Power *= BETA2;
        correction1 = 1.0 / (1.0 - beta1Power);
        correction2 = 1.0 / (1.0 - beta2Power);
    }

    @Override
    void updateInPlace(double[] params, double[] grads, int block, double learningRate) {
        double[] mb = m[block];
        double[] vb = v[block];
        for (int i = 0; i < params.length; i++) {
            double g = grads[i];
            mb[i] = BETA1 * mb[i] + (1.0 - BETA1) * g;
            vb[i] = BETA2 * vb[i] + (1.0 - BETA2) * g * g;
            double mHat = mb[i] * correction1;
            double vHat = vb[i] * correction2;
            params[i] -= learningRate * mHat / (Math.sqrt(vHat) + EPSILON);
        }
    }
}
