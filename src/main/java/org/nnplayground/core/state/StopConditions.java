package org.nnplayground.core.state;

import org.nnplayground.core.train.StepResult;

/**
 * A points run's stop conditions, an epoch limit and a target training loss (each off at 0), and
 * the reason a frame's training stops at one of them or at a divergence. A condition already met
 * when training starts does not hold it back: Play after the pause trains on past the limit, and so
 * does Play on a trained network opened at or beyond it. A frame asks {@link #limitAhead}
 * and {@link #lossAboveTarget} before it trains, and {@link #reasonToStop} after.
 */
final class StopConditions {
    private int epochLimit;
    private double targetLoss;

    /** Pause when this many epochs are done; 0 (or less) for no limit. */
    void setEpochLimit(int epochs) {
        epochLimit = Math.max(0, epochs);
    }

    int epochLimit() {
        return epochLimit;
    }

    /** Pause when the train loss is at or below this; 0, a negative or a non-finite value for no target. */
    void setTargetLoss(double loss) {
        targetLoss = loss > 0 && loss - loss == 0 ? loss : 0;
    }

    double targetLoss() {
        return targetLoss;
    }

    /** The epoch limit when a run at {@code epoch} has yet to reach it, else 0: a limit behind the run does not stop it. */
    int limitAhead(int epoch) {
        return epochLimit > 0 && epoch < epochLimit ? epochLimit : 0;
    }

    /** Whether a target loss is set and {@code last}'s training loss is still above it (so reaching it stops). */
    boolean lossAboveTarget(StepResult last) {
        return targetLoss > 0 && !(last.train().loss() <= targetLoss);
    }

    /**
     * Why training that began with {@code limit} ({@link #limitAhead}) and {@code lossWasAbove}
     * ({@link #lossAboveTarget}) stops at {@code last}: it diverged, reached the limit or reached the
     * target loss; null when it goes on.
     */
    String reasonToStop(StepResult last, int limit, boolean lossWasAbove) {
        if (last.diverged()) {
            return "training diverged";
        } else if (limit > 0 && last.epoch() >= limit) {
            return "reached the epoch limit of " + limit;
        } else if (lossWasAbove && last.train().loss() <= targetLoss) {
            return "reached the target loss";
        }
        return null;
    }
}
