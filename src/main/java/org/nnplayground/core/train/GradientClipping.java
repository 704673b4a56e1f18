package org.nnplayground.core.train;

import java.util.List;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * Clipping by global norm: when the gradient of a batch, taken as one long vector over every
 * parameter the optimizer will update, is longer than a threshold, it is scaled down to that length,
 * direction kept (Pascanu et al. 2013). This tames the exploding gradients of recurrent networks
 * without changing small steps at all. Every optimizer applies it the same way, before its own rule
 * (see {@link Optimizer#applyGradientsInPlace(Network, double, boolean, double)}).
 */
public final class GradientClipping {
    private GradientClipping() {
    }

    /**
     * The global norm of {@code network}'s accumulated gradients: the square root of the sum of the
     * squares of every gradient, biases included only when {@code withBiases}.
     */
    public static double globalNorm(Network network, boolean withBiases) {
        double sum = 0.0;
        List<ParamBlock> blocks = network.parameters();
        for (int b = 0; b < blocks.size(); b++) {
            ParamBlock block = blocks.get(b);
            if (!withBiases && block.bias()) {
                continue;
            }
            double[] g = block.grads();
            for (int i = 0; i < g.length; i++) {
                sum += g[i] * g[i];
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * Scales the accumulated gradients in place so that their global norm is at most
     * {@code threshold} (0: no clipping; the gradients are left alone). Returns the norm they had.
     * A gradient that is not finite is left as it is, for divergence detection to see.
     */
    public static double clipInPlace(Network network, double threshold, boolean withBiases) {
        if (threshold == 0.0) {
            return Double.NaN;
        }
        double norm = globalNorm(network, withBiases);
        if (!(norm > threshold) || norm == Double.POSITIVE_INFINITY) {
            return norm;
        }
        double factor = threshold / norm;
        List<ParamBlock> blocks = network.parameters();
        for (int b = 0; b < blocks.size(); b++) {
            ParamBlock block = blocks.get(b);
            if (!withBiases && block.bias()) {
                continue;
            }
            double[] g = block.grads();
            for (int i = 0; i < g.length; i++) {
                g[i] *= factor;
            }
        }
        return norm;
    }
}
