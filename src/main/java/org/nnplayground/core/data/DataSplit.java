package org.nnplayground.core.data;

/**
 * A generated dataset divided into the points the network trains on and the points it is tested on.
 * Both share the same {@link Dataset#domain()}. {@code test} is empty when the training fraction is 1.
 * {@code notice} says what the reader should know about how the data came out (points of a formula
 * left out where it is undefined), "" when there is nothing to say.
 */
public record DataSplit(Dataset train, Dataset test, String notice) {
    public DataSplit {
        if (train == null || test == null) {
            throw new IllegalArgumentException("train and test must not be null (test may be empty)");
        }
        notice = notice == null ? "" : notice;
    }

    /** A split with nothing to say about it. */
    public DataSplit(Dataset train, Dataset test) {
        this(train, test, "");
    }

    /** Number of points in train and test together. */
    public int size() {
        return train.size() + test.size();
    }
}
