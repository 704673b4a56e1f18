package org.nnplayground.core.train;

import org.nnplayground.core.nn.Network;

/**
 * Told about each training step as the {@link Trainer} takes it: for views that show single steps,
 * such as the weight and loss after each step of a diverging epoch, which the trainer itself throws
 * away when it puts the weights back. A listener only reads the network; it must not change it.
 */
public interface StepListener {
    /** An epoch starts: {@code network} holds the weights it starts from (after {@code epoch} epochs). */
    void epochStarting(Network network, int epoch);

    /**
     * A batch was trained. {@code batchLoss} is its loss, measured before the update. When
     * {@code stopped}, training diverged at this batch: the weights in {@code network} are not a step
     * of the run (an update that was not applied, or one that made them non-finite) and go back to
     * where the epoch started right after this call.
     */
    void batchTrained(Network network, double batchLoss, boolean stopped);
}
