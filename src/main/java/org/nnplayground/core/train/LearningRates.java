package org.nnplayground.core.train;

/**
 * The learning rates offered to people, and the next smaller one after a divergence (the trainer
 * tries it out before suggesting it, see {@code RateProbe}).
 */
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
