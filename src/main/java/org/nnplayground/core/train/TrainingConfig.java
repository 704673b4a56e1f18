package org.nnplayground.core.train;

import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.Loss;

/**
 * How to train: loss, optimizer, learning rate, batch size, regularization, whether biases learn and
 * whether each epoch visits the samples in a new random order. Immutable; the constructor rejects
 * values outside {@link Limits} with a message that says what is allowed.
 */
public record TrainingConfig(Loss loss, OptimizerKind optimizer, double learningRate, int batchSize,
                             Regularization regularization, double regularizationRate,
                             boolean updateBiases, boolean shuffle) {

    public TrainingConfig {
        if (loss == null || optimizer == null || regularization == null) {
            throw new IllegalArgumentException("loss, optimizer and regularization must be given");
        }
        if (!(learningRate > 0.0) || learningRate > Limits.MAX_LEARNING_RATE) {
            throw new IllegalArgumentException("learning rate: " + learningRate
                    + " is not allowed; use a number greater than 0 and at most " + Limits.MAX_LEARNING_RATE);
        }
        if (batchSize < 1 || batchSize > Limits.MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size: " + batchSize + " is not allowed; use 1 to "
                    + Limits.MAX_BATCH_SIZE);
        }
        if (!(regularizationRate >= 0.0) || regularizationRate > Limits.MAX_REGULARIZATION_RATE) {
            throw new IllegalArgumentException("regularization rate: " + regularizationRate
                    + " is not allowed; use 0 to " + Limits.MAX_REGULARIZATION_RATE);
        }
    }

    /** Plain SGD with this loss, learning rate and batch size; no regularization. */
    public static TrainingConfig of(Loss loss, double learningRate, int batchSize) {
        return new TrainingConfig(loss, OptimizerKind.SGD, learningRate, batchSize, Regularization.NONE, 0.0, true, true);
    }

    public TrainingConfig withLoss(Loss value) {
        return new TrainingConfig(value, optimizer, learningRate, batchSize, regularization, regularizationRate, updateBiases, shuffle);
    }

    public TrainingConfig withOptimizer(OptimizerKind value) {
        return new TrainingConfig(loss, value, learningRate, batchSize, regularization, regularizationRate, updateBiases, shuffle);
    }

    public TrainingConfig withLearningRate(double value) {
        return new TrainingConfig(loss, optimizer, value, batchSize, regularization, regularizationRate, updateBiases, shuffle);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(loss, optimizer, learningRate, value, regularization, regularizationRate, updateBiases, shuffle);
    }

    public TrainingConfig withRegularization(Regularization kind, double rate) {
        return new TrainingConfig(loss, optimizer, learningRate, batchSize, kind, rate, updateBiases, shuffle);
    }

    public TrainingConfig withUpdateBiases(boolean value) {
        return new TrainingConfig(loss, optimizer, learningRate, batchSize, regularization, regularizationRate, value, shuffle);
    }

    public TrainingConfig withShuffle(boolean value) {
        return new TrainingConfig(loss, optimizer, learningRate, batchSize, regularization, regularizationRate, updateBiases, value);
    }
}
