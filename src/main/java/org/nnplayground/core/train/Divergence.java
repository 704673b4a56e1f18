package org.nnplayground.core.train;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.text.NumberFormat;

/**
 * Why training stopped on its own: the loss or the weights stopped being finite numbers, or the
 * loss grew a million-fold. Carries the likely fix: a smaller learning rate and, when the inputs are
 * large, scaling them. The suggested rate is one that was tried out and trains, except for the
 * largest networks, where one try costs minutes: there it is the next smaller rate, untried. When
 * {@code rateTrains} is false, no smaller rate was found that trains from the restored weights (they
 * are themselves the trouble, e.g. typed in huge) or none is left: the fix is to reset them.
 */
public record Divergence(Reason reason, int epoch, double learningRate, double suggestedLearningRate,
                         double largestInput, boolean rateTrains) {

    /** What was seen. */
    public enum Reason {
        NON_FINITE_LOSS("the loss is no longer a finite number"),
        NON_FINITE_WEIGHTS("the weights are no longer finite numbers"),
        EXPLODING_LOSS("the loss grew more than a million-fold");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Inputs larger than this are worth scaling down. */
    public static final double LARGE_INPUT = 10.0;
    /** How many times the initial loss (or 1, when larger) a batch loss may reach before it counts as exploding. */
    public static final double EXPLOSION_FACTOR = 1e6;

    /** The batch loss beyond which training counts as exploding, for a run that started at {@code initialLoss}. */
    public static double explosionLimit(double initialLoss) {
        return EXPLOSION_FACTOR * Math.max(initialLoss, 1.0);
    }

    /**
     * What a batch's loss says: not a finite number, grown beyond {@code explosionLimit}, or null
     * when training may go on. The trainer's test, for any training loop to apply the same way.
     */
    public static Reason reasonFor(double batchLoss, double explosionLimit) {
        return !Doubles.isFinite(batchLoss) ? Reason.NON_FINITE_LOSS : batchLoss > explosionLimit ? Reason.EXPLODING_LOSS : null;
    }

    /** Whether scaling the inputs is part of the fix. */
    public boolean suggestsScalingInputs() {
        return largestInput > LARGE_INPUT;
    }

    /** The whole story in words, for the page. */
    public String message() {
        StringBuilder s = new StringBuilder();
        s.append("Training diverged in epoch ").append(epoch + 1).append(": ").append(reason.words())
                .append(". Each step overshot the minimum by more than it gained, so the steps grew instead of shrinking. ")
                .append("Training stopped and the weights were put back to the start of that epoch. ");
        if (rateTrains) {
            s.append("Try a learning rate of ").append(NumberFormat.significant(suggestedLearningRate, 3)).append(" (it is ")
                    .append(NumberFormat.significant(learningRate, 3)).append(")");
        } else {
            s.append("No smaller learning rate trains from these weights: reset them to start afresh");
        }
        if (suggestsScalingInputs()) {
            s.append(", or scale the inputs to about [-1, 1] (the largest is ").append(NumberFormat.significant(largestInput, 3))
                    .append("): the step grows with the square of the input");
        }
        return s.append('.').toString();
    }
}
