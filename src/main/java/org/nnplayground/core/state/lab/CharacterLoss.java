package org.nnplayground.core.state.lab;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.train.StepResult;

/**
 * A character model's loss as a reader of language models knows it: the cross-entropy in nats per
 * character (the training loss is summed over the steps of a window, so it is divided by the
 * window's length) and the perplexity, e to that power: the number of characters the model is as
 * unsure between as if it picked evenly among them. A model that knew only how often each letter
 * comes would score the {@link #letterEntropy letter-frequency entropy}; a model that guessed evenly
 * among the whole vocabulary, log(vocabulary size).
 *
 * @param train nats per character on the training windows
 * @param test nats per character on the test windows (NaN when there are none)
 */
public record CharacterLoss(double train, double test) {
    /** The loss of {@code result} for windows of {@code length} characters. */
    public static CharacterLoss of(StepResult result, int length) {
        return new CharacterLoss(result.train().loss() / length,
                result.test().isEmpty() ? Double.NaN : result.test().loss() / length);
    }

    /** The loss where {@code session} stands now; its model must be a text problem's. */
    public static CharacterLoss of(LabSession session) {
        return of(session.last(), ((SequenceModel) session.state().model()).data().length());
    }

    /** Whether there is a test loss. */
    public boolean hasTest() {
        return test == test;
    }

    /** e to the training loss. */
    public double trainPerplexity() {
        return DetMath.exp(train);
    }

    /** e to the test loss (NaN without test windows). */
    public double testPerplexity() {
        return hasTest() ? DetMath.exp(test) : Double.NaN;
    }

    /**
     * The entropy of the characters of {@code text} counted alone, in nats: the loss per character of
     * the best model that knows no context, only how often each character comes.
     */
    public static double letterEntropy(String text) {
        int n = text.length();
        if (n == 0) {
            return 0.0;
        }
        char[] sorted = text.toCharArray();
        java.util.Arrays.sort(sorted);
        double h = 0.0;
        int run = 1;
        for (int i = 1; i <= n; i++) {
            if (i < n && sorted[i] == sorted[i - 1]) {
                run++;
            } else {
                double p = (double) run / n;
                h -= p * DetMath.log(p);
                run = 1;
            }
        }
        return h;
    }
}
