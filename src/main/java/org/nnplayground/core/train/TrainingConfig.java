package org.nnplayground.core.train;

import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.Loss;

/**
 * How to train: loss, optimizer, learning rate, batch size, regularization, whether biases learn,
 * whether each epoch visits the samples in a new random order, and gradient clipping. Immutable; the
 * constructor rejects values outside {@link Limits} with a message that says what is allowed.
 *
 * @param clipNorm the largest global norm a batch's gradient may have before the optimizer uses it
 *     (a longer gradient is scaled down to this length, see {@link GradientClipping}); 0 for no clipping
 */
public record TrainingConfig(Loss loss, OptimizerKind optimizer, double learningRate, int batchSize,
                             Regularization regularization, double regularizationRate,
                             boolean updateBiases, boolean shuffle, double clipNorm) {

    /** A configuration without gradient clipping. */
    public TrainingConfig(Loss loss, OptimizerKind optimizer, double learningRate, int batchSize,
                          Regularization regularization, double regularizationRate, boolean updateBiases, boolean shuffle) {
        this(loss, optimizer, learningRate, batchSize, regularization, regularizationRate, updateBiases, shuffle, 0.0);
    }

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
        if (!(clipNorm >= 0.0) || clipNorm > Limits.MAX_CLIP_NORM) {
            throw new IllegalArgumentException("gradient clipping: " + clipNorm
                    + " is not allowed; use 0 (off) or a norm greater than 0 and at most " + Limits.MAX_CLIP_NORM);
        }
    }

    /** Plain SGD with this loss, learning rate and batch size; no regularization. */
    public static TrainingConfig of(Loss loss, double learningRate, int batchSize) {
        return new TrainingConfig(loss, OptimizerKind.SGD, learningRate, batchSize, Regularization.NONE, 0.0, true, true, 0.0);
    }

    public TrainingConfig withLoss(Loss value) {
        return new TrainingConfig(value, optimizer, learningRate, batchSize, regularization, regularizationRate, updateBiases, shuffle, clipNorm);
    }

    public TrainingConfig withOptimizer(OptimizerKind value) {
        return new TrainingConfig(loss, value, learningRate, batchSize, regularization, regularizationRate, updateBiases, shuffle, clipNorm);
    }

    public TrainingConfig withLearningRate(double value) {
        return new TrainingConfig(loss, optimizer, value, batchSize, regularization, regularizationRate, updateBiases, shuffle, clipNorm);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(loss, optimizer, learningRate, value, regularization, regularizationRate, updateBiases, shuffle, clipNorm);
    }

    public TrainingConfig withRegularization(Regularization kind, double rate) {
        return new TrainingConfig(loss, optimizer, learningRate, batchSize, kind, rate, updateBiases, shuffle, clipNorm);
    }

    public TrainingConfig withUpdateBiases(boolean value) {
        return new TrainingConfig(loss, optimizer, learningRate, batchSize, regularization, regularizationRate, value, shuffle, clipNorm);
    }

    public TrainingConfig withShuffle(boolean value) {
        return new TrainingConfig(loss, optimizer, learningRate, batchSize, regularization, regularizationRate, updateBiases, value, clipNorm);
    }

    /** The same with gradient clipping at global norm {@code value} (0: off). */
    public TrainingConfig withClipNorm(double value) {
        return new TrainingConfig(loss, optimizer, learningRate, batchSize, regularization, regularizationRate, updateBiases, shuffle, value);
    }

    /** Whether gradients are clipped. */
    public boolean clips() {
        return clipNorm > 0.0;
    }
}
