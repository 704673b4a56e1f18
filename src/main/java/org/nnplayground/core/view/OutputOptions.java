package org.nnplayground.core.view;

/**
 * How the output view is drawn; the page's toggles map onto these.
 *
 * @param discretize snap the heatmap to the class colours (the decision regions) instead of shading
 *                   by confidence
 * @param showTest   draw the test points as well as the training points
 * @param showLegend reserve room for the colour legend and draw it
 */
public record OutputOptions(boolean discretize, boolean showTest, boolean showLegend) {
    /** Shaded heatmap, test points hidden, legend shown. */
    public static OutputOptions defaults() {
        return new OutputOptions(false, false, true);
    }

    public OutputOptions withDiscretize(boolean on) {
        return new OutputOptions(on, showTest, showLegend);
    }

    public OutputOptions withShowTest(boolean on) {
        return new OutputOptions(discretize, on, showLegend);
    }

    public OutputOptions withShowLegend(boolean on) {
        return new OutputOptions(discretize, showTest, on);
    }
}
