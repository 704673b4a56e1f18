package org.nnplayground.core.train;

import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;

/**
 * A plain training loop over a network one holds (the {@link Trainer} builds its own from an
 * architecture and a seed): shuffled batches drawn with the core's generator, the objective's
 * gradient, optional clipping through the config, the optimizer's step, and the trainer's
 * divergence rule ({@link Divergence#reasonFor}); it records the largest gradient norm. For tests
 * that train a network they have set up by hand or keep using afterwards.
 */
final class SequenceFit {
    /** Why the run stopped early, or null. */
    Divergence.Reason stopped;
    /** The epoch in which it stopped (0-based), or -1. */
    int stoppedInEpoch = -1;
    /** The largest global gradient norm seen before clipping. */
    double largestNorm;

    private final Network network;
    private final TrainingData data;
    private final TrainingConfig config;
    private final Optimizer optimizer;
    private final Rng rng;
    private final int[] order;
    private final double limit;

    SequenceFit(Network network, TrainingData data, TrainingConfig config, long seed) {
        this.network = network;
        this.data = data;
        this.config = config;
        this.optimizer = config.optimizer().create(network);
        this.rng = new Rng(seed);
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.limit = Divergence.explosionLimit(Objective.evaluate(network, data, config.loss()).loss());
    }

    /** Trains {@code epochs} epochs or until the divergence rule stops it; returns the mean loss over the data after. */
    double train(int epochs) {
        for (int e = 0; e < epochs && stopped == null; e++) {
            rng.shuffleInPlace(order);
            for (int start = 0; start < order.length && stopped == null; start += config.batchSize()) {
                int count = Math.min(config.batchSize(), order.length - start);
                double loss = Objective.computeGradients(network, data, order, start, count, config);
                stopped = Divergence.reasonFor(loss, limit);
                if (stopped == null) {
                    largestNorm = Math.max(largestNorm, GradientClipping.globalNorm(network, config.updateBiases()));
                    optimizer.applyGradientsInPlace(network, config.learningRate(), config.updateBiases(), config.clipNorm());
                    if (!network.parametersFinite()) {
                        stopped = Divergence.Reason.NON_FINITE_WEIGHTS;
                    }
                }
                if (stopped != null) {
                    stoppedInEpoch = e;
                }
            }
        }
        return loss();
    }

    /** Mean loss of the network over the data. */
    double loss() {
        return Objective.evaluate(network, data, config.loss()).loss();
    }
}
