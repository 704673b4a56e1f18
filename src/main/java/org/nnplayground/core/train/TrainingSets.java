package org.nnplayground.core.train;

import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.sequence.SequenceData;
import org.nnplayground.core.nn.layer.Activation;

/** Turns generated data into network inputs and targets: the chosen input features and encoded labels. */
public final class TrainingSets {
    private TrainingSets() {
    }

    /**
     * The samples of {@code dataset} as {@code features} (x alone for 1-D data) with targets for a
     * network of {@code outputs} outputs and the given output activation.
     */
    public static TrainingData from(Dataset dataset, FeatureSet features, int outputs, Activation outputActivation) {
        int n = dataset.size();
        int inputs = FeatureSet.inputCount(features, dataset);
        double[] x = new double[n * inputs];
        features.writeInputs(dataset, x);
        if (dataset.problem().isClassification()) {
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = dataset.label(i);
            }
            return TrainingData.classification(n, inputs, x, labels, dataset.numClasses(), outputs, outputActivation);
        }
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            targets[i] = dataset.target(i);
        }
        return TrainingData.regression(n, inputs, x, 1, targets);
    }

    /**
     * Sequences as training data: each sample's input is its flat steps x features row, its target its
     * flat target row (every step's or the last step's). Regression data: one-hot character targets
     * are learned with softmax cross-entropy all the same; there are no class labels per sample.
     */
    public static TrainingData from(SequenceData sequences) {
        return TrainingData.regression(sequences.count(), sequences.inputSize(), sequences.inputs(),
                sequences.targetSize(), sequences.targets());
    }
}
