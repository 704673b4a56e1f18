package org.nnplayground.core.train;

import java.util.List;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * The quantity training minimises and its gradient: the mean loss over a batch plus the
 * regularization penalty on the weights, and metrics over a whole data set.
 */
public final class Objective {
    private Objective() {
    }

    /**
     * Sets the network's gradients to the gradient of (mean batch loss + rate * penalty) over the
     * samples {@code order[start .. start + count)}; returns the mean batch loss (without penalty).
     */
    public static double computeGradients(Network network, TrainingData data, int[] order, int start, int count,
                                          TrainingConfig config) {
        network.zeroGradients();
        Loss loss = config.loss();
        double[] inputs = data.inputMatrix();
        double[] targets = data.targetMatrix();
        int in = data.inputSize();
        int out = data.outputSize();
        double scale = 1.0 / count;
        double sum = 0.0;
        for (int k = 0; k < count; k++) {
            int i = order[start + k];
            network.forward(inputs, i * in);
            sum += network.loss(loss, targets, i * out);
            network.backward(loss, targets, i * out, scale);
        }
        addPenaltyGradients(network, config.regularization(), config.regularizationRate());
        return sum / count;
    }

    private static void addPenaltyGradients(Network network, Regularization reg, double rate) {
        if (reg == Regularization.NONE || rate == 0.0) {
            return;
        }
        List<ParamBlock> blocks = network.parameters();
        for (int b = 0; b < blocks.size(); b++) {
            ParamBlock block = blocks.get(b);
            if (!block.regularized()) {
                continue;
            }
            double[] w = block.values();
            double[] g = block.grads();
            for (int i = 0; i < w.length; i++) {
                g[i] += rate * reg.derivative(w[i]);
            }
        }
    }

    /** rate * sum of the penalty over every regularized parameter (the weights). */
    public static double penalty(Network network, Regularization reg, double rate) {
        double sum = 0.0;
        List<ParamBlock> blocks = network.parameters();
        for (int b = 0; b < blocks.size(); b++) {
            ParamBlock block = blocks.get(b);
            if (!block.regularized()) {
                continue;
            }
            for (double w : block.values()) {
                sum += reg.penalty(w);
            }
        }
        return rate * sum;
    }

    /** Mean loss and accuracy of {@code network} over all of {@code data}. */
    public static Metrics evaluate(Network network, TrainingData data, Loss loss) {
        int n = data.size();
        if (n == 0) {
            return new Metrics(0.0, data.isClassification() ? 0.0 : -1.0, 0);
        }
        double[] inputs = data.inputMatrix();
        double[] targets = data.targetMatrix();
        int in = data.inputSize();
        int out = data.outputSize();
        double sum = 0.0;
        int right = 0;
        boolean classify = data.isClassification();
        for (int i = 0; i < n; i++) {
            double[] output = network.forward(inputs, i * in);
            sum += network.loss(loss, targets, i * out);
            if (classify && data.predictedClass(output) == data.label(i)) {
                right++;
            }
        }
        return new Metrics(sum / n, classify ? (double) right / n : -1.0, n);
    }
}
