package org.nnplayground.core.train;

import org.nnplayground.core.nn.layer.Activation;

/**
 * Samples ready for a network: an input matrix and a target matrix (row-major, one row per sample),
 * and for classification the class label of each sample. Immutable.
 *
 * <p>Class labels become targets according to the output activation: outputs that cannot go below 0
 * (sigmoid, softmax, ReLU, softplus) learn targets 0 and 1; the others (tanh, linear, ...) learn -1
 * and +1, as TensorFlow Playground does. A binary problem with one output predicts class 1 when the
 * output is above the midpoint of the two targets; with several outputs the largest output wins.
 */
public final class TrainingData {
    private final int size;
    private final int inputSize;
    private final int outputSize;
    private final double[] inputs;
    private final double[] targets;
    private final int[] labels;
    private final double threshold;

    private TrainingData(int size, int inputSize, double[] inputs, int outputSize, double[] targets,
                         int[] labels, double threshold) {
        if (inputs.length != size * inputSize || targets.length != size * outputSize) {
            throw new IllegalArgumentException("inputs and targets must hold " + size + " rows");
        }
        this.size = size;
        this.inputSize = inputSize;
        this.outputSize = outputSize;
        this.inputs = inputs;
        this.targets = targets;
        this.labels = labels;
        this.threshold = threshold;
    }

    /** Regression samples: {@code inputs} is size x inputSize, {@code targets} size x outputSize. */
    public static TrainingData regression(int size, int inputSize, double[] inputs, int outputSize, double[] targets) {
        return new TrainingData(size, inputSize, inputs.clone(), outputSize, targets.clone(), null, 0.0);
    }

    /**
     * Classification samples. {@code outputSize} is 1 for a binary problem with a single output, else
     * the number of classes (one-hot targets).
     */
    public static TrainingData classification(int size, int inputSize, double[] inputs, int[] labels,
                                              int classes, int outputSize, Activation outputActivation) {
        if (labels.length != size) {
            throw new IllegalArgumentException("one label per sample is needed");
        }
        if (outputSize != classes && !(outputSize == 1 && classes == 2)) {
            throw new IllegalArgumentException("outputs: " + outputSize + " cannot encode " + classes
                    + " classes; use 1 output for 2 classes or one output per class");
        }
        double low = lowTarget(outputActivation);
        double[] targets = new double[size * outputSize];
        for (int i = 0; i < size; i++) {
            int label = labels[i];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " of sample " + i + " is not a class 0.." + (classes - 1));
            }
            if (outputSize == 1) {
                targets[i] = label == 1 ? 1.0 : low;
            } else {
                for (int c = 0; c < outputSize; c++) {
                    targets[i * outputSize + c] = c == label ? 1.0 : low;
                }
            }
        }
        return new TrainingData(size, inputSize, inputs.clone(), outputSize, targets, labels.clone(), (low + 1.0) / 2.0);
    }

    /** The target standing for "not this class" with this output activation: 0 or -1. */
    public static double lowTarget(Activation outputActivation) {
        switch (outputActivation) {
            case SIGMOID:
            case SOFTMAX:
            case RELU:
            case SOFTPLUS:
                return 0.0;
            default:
                return -1.0;
        }
    }

    public int size() {
        return size;
    }

    public int inputSize() {
        return inputSize;
    }

    public int outputSize() {
        return outputSize;
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** The input matrix, shared: callers must not write to it. */
    double[] inputMatrix() {
        return inputs;
    }

    /** The target matrix, shared: callers must not write to it. */
    double[] targetMatrix() {
        return targets;
    }

    public double input(int sample, int column) {
        return inputs[sample * inputSize + column];
    }

    public double target(int sample, int column) {
        return targets[sample * outputSize + column];
    }

    public int label(int sample) {
        return labels[sample];
    }

    /** The class a network output row predicts (classification only). */
    public int predictedClass(double[] output) {
        if (outputSize == 1) {
            return output[0] > threshold ? 1 : 0;
        }
        int best = 0;
        for (int c = 1; c < outputSize; c++) {
            if (output[c] > output[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The largest absolute input value: a hint whether inputs want scaling. */
    public double maxAbsInput() {
        double max = 0.0;
        for (double v : inputs) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
