package org.nnplayground.core.nn;

/**
 * The sizes the playground accepts. The page, the link decoder and the JavaScript API all check
 * against these same numbers, so a value that is cut is cut the same way everywhere.
 */
public final class Limits {
    /** Hidden layers: 0 (a single layer of output nodes) up to this many. */
    public static final int MAX_HIDDEN_LAYERS = 16;
    /** Neurons in one layer, inputs and outputs included. */
    public static final int MAX_LAYER_WIDTH = 256;
    /** Learning rate: greater than 0, at most this. */
    public static final double MAX_LEARNING_RATE = 10.0;
    /** Regularization rate: 0 up to this. */
    public static final double MAX_REGULARIZATION_RATE = 10.0;
    /** Samples in one batch. */
    public static final int MAX_BATCH_SIZE = 10_000;

    private Limits() {
    }
}
