package org.nnplayground.core.train;

import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.OutputHead;

/**
 * What a {@link Trainer} is built from and keeps for its whole life: the network's layers, the
 * training and test sets, and the seed of the initial weights and the sample order. Trainers of the
 * same setup and configuration train to the same bits, and a {@link TrainerSnapshot} of one is taken
 * over by another.
 *
 * @param spec the fully connected shape the layers are of; null when the trainer was made from an
 *             {@link Architecture} of any layers
 */
record TrainerSetup(NetworkSpec spec, Architecture architecture, TrainingData train, TrainingData test, long seed) {
    /**
     * Refuses, with a sentence, data sets whose inputs or targets per sample do not match the
     * network, or a loss of {@code config} that the network's output cannot take.
     */
    void check(TrainingConfig config) {
        int inputs = architecture.inputs();
        int outputs = architecture.outputs();
        if (train.inputSize() != inputs || test.inputSize() != inputs) {
            throw new IllegalArgumentException("the network has " + inputs + " inputs but the data has "
                    + train.inputSize());
        }
        if (train.outputSize() != outputs || test.outputSize() != outputs) {
            throw new IllegalArgumentException("the network has " + outputs + " outputs but the data has "
                    + train.outputSize() + " targets per sample");
        }
        checkLoss(config.loss());
    }

    /** Refuses, with a sentence, a loss that the network's output cannot take. */
    void checkLoss(Loss loss) {
        new OutputHead(architecture.outputActivation(), loss).check();
    }

    /** A new network of these layers, its initial weights drawn from {@code rng}. */
    Network network(Rng rng) {
        return spec != null ? new Network(spec, rng) : new Network(architecture, rng);
    }
}
