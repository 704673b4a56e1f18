package org.nnplayground.core.state;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.train.EpochObserver;
import org.nnplayground.core.train.StepResult;

/**
 * A live run that can be handed to a trainer elsewhere (a Web Worker) and taken back: what
 * {@link WorkerHandOver} asks of the page's session, and {@link WorkerRun} of the worker's. Both
 * sessions are one, the points' ({@link Session}) and the sequences' and images'
 * ({@link org.nnplayground.core.state.lab.LabSession}); each keeps its status in a {@link RunStatus},
 * which does the common part.
 */
public interface HandedOverRun extends TrainingRun {
    /** The speed training plays at. */
    Speed speed();

    /** One animation frame's training and metrics within {@code budgetMs} by {@code clock} (all at once without one). */
    StepResult frame(DoubleSupplier clock, double budgetMs);

    /** Whether the speed asks more epochs than the page's frames can train (see {@link RunStatus#budgetBound}). */
    boolean budgetBound();

    /** Counts the changes of the weights (see {@link RunStatus#weightsVersion()}). */
    long weightsVersion();

    /** Tells {@code observer} of every epoch completed from now on (null: nobody). */
    void onEpoch(EpochObserver observer);

    /** The trainer's whole state ({@link org.nnplayground.core.train.Trainer#snapshot}), to hand it over. */
    double[] snapshot();

    /** Whether the weights are still those the trainer's reset made: said along with a {@link #snapshot}. */
    boolean weightsAreReset();

    /**
     * Takes up a run handed over from a session of the same state ({@link #snapshot}, {@link
     * #weightsAreReset}), whose status then comes as a new run's does; refused with a sentence,
     * nothing changed, when the snapshot is not of this state.
     */
    void resumeHandedOver(double[] snapshot, boolean resetWeights);

    /**
     * Shows weights (in {@code Network#copyParametersTo} order; null: the same as before) and their
     * status trained elsewhere, while this session's own training waits.
     */
    void showTrainedElsewhere(double[] weights, StepResult result);

    /** Tells the epoch observer of epochs completed elsewhere: pairs of epoch number and batch loss. */
    void epochsCompletedElsewhere(double[] pairs);

    /**
     * Takes back the run trained elsewhere ({@link #snapshot} of it; {@code latest}: its last status
     * there as {@link StatusNumbers}, or null), so that everything after goes on as if this session
     * had trained it all. Refused with a sentence, nothing changed, when the snapshot does not fit.
     */
    void handBack(double[] snapshot, double[] latest);
}
