package org.nnplayground.core.train;

/**
 * Picks the learning rate a divergence suggests: the largest rate of the ladder below the one that
 * diverged that, tried out from the restored weights, trains without harm; or, where trying rates
 * out would cost too much, simply the next smaller rate of the ladder, untried.
 *
 * <p>The rates are tried on a separate trainer of the same setup (see {@link Trainer#newProbe}), so
 * the trainer that diverged is left exactly as the divergence left it, and the same run always
 * suggests the same rate.
 */
final class RateProbe {
    /** Epochs a smaller learning rate must train from the restored weights, unharmed, to be suggested. */
    static final int EPOCHS = 3;
    /** The most multiply-adds one tried rate may cost after a divergence (see {@link #affordable}). */
    static final double WORK_LIMIT = 2e9;

    private RateProbe() {
    }

    /**
     * The rate to suggest after {@code diverged} has gone back to {@code restored} (the weights at the
     * start of the epoch that diverged), under explosion limit {@code limit}; NaN when no smaller rate
     * can be offered as one that trains.
     */
    static double saferRate(Trainer diverged, double[] restored, double limit) {
        return affordable(diverged.network().forwardCost(), diverged.trainData().size())
                ? stableRate(diverged, restored, limit)
                : untriedSaferRate(diverged.config().learningRate());
    }

    /**
     * Whether trying out smaller rates after a divergence (per rate {@value #EPOCHS} epochs and two
     * passes over the training set) stays within {@link #WORK_LIMIT} multiply-adds for the first rate
     * tried, for a network of {@code forwardCost} multiply-adds per sample and {@code trainSize}
     * samples. At the largest sizes one try is minutes of work, which would hold the page (or the
     * worker training it, and so a pause) that long.
     */
    static boolean affordable(long forwardCost, int trainSize) {
        double perRate = (double) forwardCost * Math.max(1, trainSize) * (3.0 * EPOCHS + 2.0);
        return perRate <= WORK_LIMIT;
    }

    /** The next smaller rate of the ladder below {@code rate}, not tried out; NaN at its bottom. */
    private static double untriedSaferRate(double rate) {
        double smaller = LearningRates.safer(rate);
        return smaller < rate ? smaller : Double.NaN;
    }

    /**
     * The largest rate of the ladder, at most a third of the current one, that trains {@value #EPOCHS}
     * epochs from {@code restored} without diverging and ends at a loss no higher than it started: so
     * that the fix the page offers is one that works (from 10, a single third may diverge as well, and
     * a rate can swing the loss up without yet tripping the divergence test). NaN when none holds.
     */
    private static double stableRate(Trainer diverged, double[] restored, double limit) {
        TrainingConfig config = diverged.config();
        double rate = config.learningRate();
        Trainer probe = null;
        while (true) {
            double smaller = LearningRates.safer(rate);
            if (!(smaller < rate)) {
                return Double.NaN; // the bottom of the ladder: nothing smaller to offer
            }
            rate = smaller;
            if (probe == null) {
                probe = diverged.newProbe();
            }
            if (trainsWellFrom(probe, restored, limit, config.withLearningRate(rate))) {
                return rate;
            }
        }
    }

    /**
     * Trains {@code probe} a few epochs from {@code parameters} with {@code candidate}; whether it
     * neither diverged nor ended at a higher training loss than it started from. The probe's sample
     * order and shuffle generator go on from one try to the next.
     */
    private static boolean trainsWellFrom(Trainer probe, double[] parameters, double limit,
                                          TrainingConfig candidate) {
        probe.restartProbe(parameters, limit, candidate);
        double before = Objective.evaluate(probe.network(), probe.trainData(), candidate.loss()).loss();
        probe.trainEpochs(EPOCHS);
        return probe.divergence() == null
                && Objective.evaluate(probe.network(), probe.trainData(), candidate.loss()).loss() <= before;
    }
}
