package org.nnplayground.core.state;

/** The views a lesson adds to the page to make its point visible. */
public enum TeachingView {
    /** The node's formula y = w x + b with its current numbers. */
    FORMULA,
    /** The loss over (w, b) for the data, the path taken and the current gradient. */
    LANDSCAPE,
    /** One sample's forward pass, loss, gradient and update, in numbers. */
    INSPECTOR,
    /** The single node a linear stack collapses to, and how far the network is from it. */
    COLLAPSE,
    /** The size of each layer's gradient over time. */
    GRADIENT_FLOW,
    /** The preset's variants trained side by side, their losses on one chart. */
    COMPARE
}
