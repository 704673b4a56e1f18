package org.nnplayground.core.state;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/**
 * What every live run answers, whichever playground holds it (the points' {@link Session}, the
 * sequences' and images' {@code LabSession}): play and pause, a budgeted step, a reset, where it
 * stands and its trainer. The embed script's calls need no more.
 */
public interface TrainingRun {
    void play();

    void pause();

    boolean playing();

    /** Up to {@code epochs} epochs within {@code budgetMs} by {@code clock} (at least one); the epochs trained, 0 once diverged. */
    int stepEpochs(int epochs, DoubleSupplier clock, double budgetMs);

    /** Back to the initial weights of the same seed. */
    void reset();

    /** The latest metrics. */
    StepResult last();

    Trainer trainer();
}
