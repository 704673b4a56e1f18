package org.nnplayground.core.state;

/** The views a lesson adds to the page to make its point visible. */
public enum TeachingView {
    /** The node's formula y = w x + b with its current numbers. */
    FORMULA,
    /** The loss over (w, b) for the data, the path taken and the current gradient. */
    LANDSCAPE,
    /** One sample's forward pass, loss, gradient and update, in numbers. */
    INSPECTOR,
    /** The weight and the loss after each step of the epoch under way (or the one that diverged), on a log scale. */
    STEPS,
    /** The single node a linear stack collapses to, and how far the network is from it. */
    COLLAPSE,
    /** The size of each layer's gradient over time. */
    GRADIENT_FLOW,
    /** The preset's variants trained side by side, their losses on one chart. */
    COMPARE,
    /** Each variant's fitted curve over the data, in small multiples beside the loss comparison. */
    FITS,
    /** The loss of each variant's first steps, close up: where a too large rate overshoots. */
    FIRST_STEPS
}
