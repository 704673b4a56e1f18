package org.nnplayground.core.train;

import java.util.function.DoubleSupplier;

/**
 * Trains up to a number of epochs, but stops once a time budget is spent: so that a long run (a
 * script asking for 5,000 epochs) can be spread over animation frames and the page keeps drawing
 * and answering in between. The clock is passed in (the core reads none). How the epochs are spread
 * changes nothing in the result: the same epochs give the same bits however they are split.
 */
public final class BudgetedTraining {
    private BudgetedTraining() {
    }

    /**
     * Trains at least one and at most {@code epochs} epochs of {@code trainer}, as many as fit in
     * {@code budgetMs} milliseconds by {@code clock}: pieces sized from the time the epochs so far
     * took (each at most as many as all before it), until the budget is spent, the epochs are done or
     * training diverged. Returns the epochs
     * trained (a partly done epoch that was finished counts as one); 0 when {@code epochs} is not positive.
     */
    public static int advance(Trainer trainer, int epochs, DoubleSupplier clock, double budgetMs) {
        if (epochs <= 0) {
            return 0;
        }
        double start = clock.getAsDouble();
        int done = 0;
        int piece = 1;
        while (done < epochs && trainer.divergence() == null) {
            trainer.advance(piece);
            done += piece;
            double elapsed = clock.getAsDouble() - start;
            double left = budgetMs - elapsed;
            if (left <= 0) {
                break;
            }
            double perEpoch = Math.max(1e-3, elapsed / done);
            // Fill half of what is left, so that one slow piece cannot overrun the budget by much,
            // and at most double what was done: a browser's clock is coarse (0.1 ms steps), so a few
            // fast epochs may read as no time at all and must not be taken for free.
            double fits = Math.floor(left / perEpoch / 2);
            piece = (int) Math.max(1, Math.min(Math.min(epochs - done, done), fits));
        }
        return done;
    }
}
