package org.nnplayground.core.train;

import java.util.List;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Shape;

/**
 * Trains a network of any layers the way the trainer trains a fully connected one: a network and a
 * shuffling generator split from one seed, each epoch a fresh seeded order, batches through
 * {@link Objective#computeGradients} and the optimizer. For tests of layer-list networks, which the
 * trainer (tied to a fully connected spec) does not build yet.
 */
final class LayerTraining {
    private final Network network;
    private final TrainingData train;
    private final TrainingConfig config;
    private final Optimizer optimizer;
    private final Rng shuffle;
    private final int[] order;

    LayerTraining(Shape input, List<LayerSpec> layers, Init init, TrainingData train, TrainingConfig config, long seed) {
        Rng root = new Rng(seed);
        this.network = new Network(input, layers, Activation.SOFTMAX, init, root.split());
        this.shuffle = root.split();
        this.train = train;
        this.config = config;
        this.optimizer = config.optimizer().create(network);
        this.order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    Network network() {
        return network;
    }

    /** Runs {@code epochs} epochs; returns the mean batch loss of the last. */
    double trainEpochs(int epochs) {
        double last = Double.NaN;
        for (int e = 0; e < epochs; e++) {
            shuffle.shuffleInPlace(order);
            double sum = 0.0;
            for (int start = 0; start < order.length; start += config.batchSize()) {
                int count = Math.min(config.batchSize(), order.length - start);
                sum += count * Objective.computeGradients(network, train, order, start, count, config);
                optimizer.applyGradientsInPlace(network, config.learningRate(), config.updateBiases());
            }
            last = sum / order.length;
        }
        return last;
    }

    /** Accuracy over {@code data}. */
    double accuracy(TrainingData data) {
        return Objective.evaluate(network, data, config.loss()).accuracy();
    }
}
