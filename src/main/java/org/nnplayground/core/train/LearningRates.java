package org.nnplayground.core.train;

/** The learning rates offered to people, and the choice of a smaller one after a divergence. */
public final class LearningRates {
    private static final double[] LADDER = {
        0.00001, 0.00003, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10
    };

    private LearningRates() {
    }

    /** The offered rates, smallest first. */
    public static double[] ladder() {
        return LADDER.clone();
    }

    /**
     * A rate to suggest after a divergence at {@code rate}: a rung at most a third of it and, when the
     * inputs are large, also small enough for the step on the largest input (which grows with the
     * square of the input) to stay below the distance to the minimum: rate < 1 / (2 x² n) for n inputs.
     */
    public static double saferFor(double rate, double largestInput, int inputs) {
        double safe = safer(rate);
        double scale = largestInput * largestInput * Math.max(1, inputs);
        if (scale > 1.0) {
            safe = Math.min(safe, safer(3.0 / (2.0 * scale)));
        }
        return safe;
    }

    /** A rate from the ladder at most a third of {@code rate}; the smallest rung when none is. */
    public static double safer(double rate) {
        double best = LADDER[0];
        for (double r : LADDER) {
            if (r * 3.0 <= rate * (1.0 + 1e-9)) {
                best = r;
            }
        }
        return best;
    }
}
