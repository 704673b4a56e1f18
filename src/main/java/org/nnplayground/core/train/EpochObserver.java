package org.nnplayground.core.train;

/**
 * Told of every epoch a {@link Trainer} completes, as it completes: for callers that want each epoch
 * (the JavaScript API's "epoch" event) while training runs many epochs in one call. What it is given
 * costs nothing extra to know: the epoch's number and the mean loss of its batches, which training
 * computed anyway (each batch's loss is taken before that batch's update, so this is the loss the
 * network had while it learned, not the loss over the whole training set after the epoch).
 */
@FunctionalInterface
public interface EpochObserver {
    /**
     * @param epoch the number of the epoch just completed (1 for the first)
     * @param batchLoss the epoch's batch losses averaged over its samples (without the regularization penalty)
     */
    void epochCompleted(int epoch, double batchLoss);
}
