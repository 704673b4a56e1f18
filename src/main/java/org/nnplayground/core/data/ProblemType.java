package org.nnplayground.core.data;

/**
 * The kind of learning problem a dataset poses. It decides the network's output layer, the loss and
 * how the data and the prediction are drawn.
 */
public enum ProblemType {
    /** Two classes in the plane; labels 0 and 1 (1 = the "positive" class). */
    CLASSIFICATION(2),
    /** Three or more classes in the plane (or two, for BLOBS with k = 2); labels 0..k-1. */
    MULTICLASS(2),
    /** A real-valued function of one input x. */
    REGRESSION_1D(1),
    /** A real-valued function of two inputs (x1, x2). */
    REGRESSION_2D(2);

    private final int inputDimension;

    ProblemType(int inputDimension) {
        this.inputDimension = inputDimension;
    }

    /** The raw input dimension of data of this type: 1 or 2. */
    public int inputDimension() {
        return inputDimension;
    }

    /** Whether data of this type carries class labels (as opposed to real-valued targets). */
    public boolean isClassification() {
        return this == CLASSIFICATION || this == MULTICLASS;
    }
}
