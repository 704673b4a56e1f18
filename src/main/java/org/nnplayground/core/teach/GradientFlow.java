package org.nnplayground.core.teach;

import org.nnplayground.core.nn.Network;
import org.nnplayground.core.train.Objective;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingData;

/**
 * The size of each layer's weight gradient of the data loss (root mean square) on a fixed probe batch: in a deep
 * network with saturating activations the first layers' gradients shrink towards zero (vanishing
 * gradients); skip connections carry the gradient back past the layers and keep them alive.
 */
public final class GradientFlow {
    /** Samples in the probe batch: the first ones of the training data. */
    public static final int PROBE = 64;

    private final int[] order;

    public GradientFlow(TrainingData data) {
        order = new int[Math.min(PROBE, data.size())];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    /**
     * The RMS weight gradient of every layer (index 0 is layer 1). Overwrites the network's gradient
     * buffers, so call it between training steps, never inside one.
     */
    public double[] measure(Network network, TrainingData data, TrainingConfig config) {
        Objective.computeGradients(network, data, order, 0, order.length,
                config.withRegularization(Regularization.NONE, 0.0));
        double[] sizes = new double[network.layerCount()];
        for (int l = 1; l <= network.layerCount(); l++) {
            double[] g = network.weightBlock(l).grads();
            double sum = 0.0;
            for (double v : g) {
                sum += v * v;
            }
            sizes[l - 1] = Math.sqrt(sum / g.length);
        }
        return sizes;
    }
}
