package org.nnplayground.core.nn.layer;

/**
 * What a recurrent layer hands on: its hidden state after every step (sequence to sequence, shape
 * steps x hidden, so that another recurrent layer or a {@link StepDense} can follow) or after the
 * last step only (sequence to one, a vector of hidden values).
 */
public enum StepOutput {
    /** The hidden state of every step: an output of shape steps x hidden. */
    EVERY_STEP,
    /** The hidden state after the last step: an output of shape hidden. */
    LAST_STEP
}
