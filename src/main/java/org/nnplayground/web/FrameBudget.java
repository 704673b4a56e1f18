package org.nnplayground.web;

/**
 * How long a frame may train, so that it ends within 16.7 ms (60 frames per second): what is left
 * after {@link #BROWSER_MS} for the browser's own work after the frame's callback (style, layout,
 * paint, raster) and the time drawing took in the last frames (smoothed), between
 * {@link #MIN_TRAINING_MS} and {@link #MAX_TRAINING_MS}. Where a run stands after N epochs never
 * depends on how they were spread over frames, so the budget may adapt to the machine and the views.
 */
final class FrameBudget {
    /** The frame: 60 per second. */
    static final double FRAME_MS = 1000.0 / 60;
    /** Kept for the browser's own work after the frame's callback. */
    static final double BROWSER_MS = 5;
    /**
     * The training budget's bounds. At least half a frame, so that views slower to draw than the
     * frame allows cost frames per second rather than most of the training (at the top speed a
     * person asked for epochs).
     */
    static final double MIN_TRAINING_MS = 8;
    static final double MAX_TRAINING_MS = PlaygroundPage.TRAINING_BUDGET_MS;

    private double drawingMs = BROWSER_MS;

    /** The time the next frame may train for, in ms. */
    double training() {
        return Math.max(MIN_TRAINING_MS, Math.min(MAX_TRAINING_MS, FRAME_MS - BROWSER_MS - drawingMs));
    }

    /** This frame's drawing took {@code ms} (0 when it drew nothing). */
    void drew(double ms) {
        drawingMs = 0.8 * drawingMs + 0.2 * Math.max(0, ms);
    }
}
