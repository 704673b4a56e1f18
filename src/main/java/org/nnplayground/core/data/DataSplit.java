package org.nnplayground.core.data;

/**
 * A generated dataset divided into the points the network trains on and the points it is tested on.
 * Both share the same {@link Dataset#domain()}. {@code test} is empty when the training fraction is 1.
 */
public record DataSplit(Dataset train, Dataset test) {
    public DataSplit {
        if (train == null || test == null) {
            throw new IllegalArgumentException("train and test must not be null (test may be empty)");
        }
    }

    /** Number of points in train and test together. */
    public int size() {
        return train.size() + test.size();
    }
}
