package org.nnplayground.core.train;

/**
 * Loss (mean over samples, see {@link org.nnplayground.core.nn.Loss}) and, for classification, the
 * fraction classified right, over one data set. {@code accuracy} is -1 for regression; an empty
 * data set has {@code count} 0 and loss 0.
 */
public record Metrics(double loss, double accuracy, int count) {
    public boolean hasAccuracy() {
        return accuracy >= 0.0;
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
