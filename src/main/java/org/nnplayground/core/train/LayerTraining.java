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
 * {@link Objective#computeGradients} and the optimizer. For networks of any layer list (convolutions,
 * pooling, 1-D convolutions), which the trainer (tied to a fully connected spec) does not build yet;
 * the tests of those layers and the runtime probe train through it. The network ends in softmax.
 */
public final class LayerTraining {
    private final Network network;
    private final TrainingData train;
    private final TrainingConfig config;
    private final Optimizer optimizer;
    private final Rng shuffle;
    private final int[] order;

    /**
     * A network of {@code layers} on inputs of shape {@code input}, initialised as {@code init} says,
     * to be trained on {@code train}; the network and the shuffling order both come from {@code seed}.
     */
    public LayerTraining(Shape input, List<LayerSpec> layers, Init init, TrainingData train, TrainingConfig config, long seed) {
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

    /** The network being trained (its parameters change with every batch). */
    public Network network() {
        return network;
    }

    /** Runs {@code epochs} epochs; returns the mean batch loss of the last. */
    public double trainEpochs(int epochs) {
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
    public double accuracy(TrainingData data) {
        return evaluate(data).accuracy();
    }

    /** Loss and accuracy over {@code data} with the current parameters; changes nothing but the network's buffers. */
    public Metrics evaluate(TrainingData data) {
        return Objective.evaluate(network, data, config.loss());
    }
}
