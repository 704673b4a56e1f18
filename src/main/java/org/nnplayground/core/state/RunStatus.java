package org.nnplayground.core.state;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.train.EpochObserver;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/**
 * What a live run shows of its trainer, and how it keeps that up to date: the latest status, the
 * loss history, a version number of the weights, and the frames' pacing ({@link FrameTraining}).
 * Both sessions, the points' ({@link Session}) and the sequences' and images'
 * ({@link org.nnplayground.core.state.lab.LabSession}), keep theirs here, so that the first status of
 * a large network, left to the frames ({@link FrameTraining#pendingStatus}), the initial loss it
 * gives the trainer and the wait for that loss before training are handled in one place.
 */
public final class RunStatus {
    private final FrameTraining pacing = new FrameTraining();
    private final HandStep hand = new HandStep();
    private final LossHistory history = new LossHistory();
    private StepResult last;
    /** Counts the changes of the weights (see {@link #weightsVersion()}). */
    private long weightsVersion;
    /**
     * Whether the weights are still those the trainer's reset made (not restored, regathered nor
     * edited): then the first metrics computed over frames also give the trainer its initial loss.
     */
    private boolean resetWeights;
    /** Frames in a row whose epochs were cut by the budget (see {@link #budgetBound}). */
    private int boundFrames;
    /** How many frames in a row make a run {@link #budgetBound}: half a second at 60 frames per second. */
    static final int BOUND_FRAMES = 30;

    /**
     * Weights just set (a new run, a reset, restored weights, another training set): their status at
     * once when cheap, else a placeholder without losses, in no history, that the next frames replace
     * with the real status. {@code reset} says whether they are the weights the trainer's reset made.
     */
    public void fresh(Trainer trainer, boolean reset) {
        resetWeights = reset;
        boundFrames = 0;
        hand.cancel();
        StepResult result = FrameTraining.pendingStatus(trainer);
        if (FrameTraining.isPending(result)) {
            pacing.cancel();
            weightsVersion++;
            last = result;
        } else {
            record(result);
        }
    }

    /** Shows {@code result}, the status of weights that changed, and adds it to the history. */
    public void record(StepResult result) {
        pacing.cancel(); // whatever it was measuring is older than this
        weightsVersion++;
        recordMetrics(result);
    }

    /** Shows {@code result} and adds it to the history, without counting a change of the weights. */
    private void recordMetrics(StepResult result) {
        last = result;
        history.record(result.epoch(), result.train().loss(), result.test().loss(), !result.test().isEmpty());
    }

    /**
     * After a step trained by hand: its status at once when a first status would be (see
     * {@link FrameTraining#pendingStatus}), else the frames bring it, as while playing.
     */
    public void stepped(Trainer trainer) {
        if (FrameTraining.statusWork(trainer) <= FrameTraining.SYNC_FIRST_STATUS_WORK || trainer.divergence() != null) {
            record(trainer.status());
        } else {
            pacing.cancel();
            weightsVersion++;
        }
    }

    /**
     * A step asked for by hand on the page: {@code batches} batches, or to the end of the epoch under
     * way when {@code epoch}. Trained at once when small (see {@link HandStep#atOnce}), its status
     * as after {@link #stepped}; else over the next frames ({@link #trainHandSteps}), after the
     * initial loss the frames bring first, so that one click never holds the page for seconds.
     */
    public void askStep(Trainer trainer, boolean epoch, int batches) {
        if (HandStep.atOnce(trainer, epoch ? 0 : batches, hand.pending(trainer))) {
            if (epoch) {
                trainer.advance(1);
            } else {
                trainer.advanceBatches(batches);
            }
            stepped(trainer);
        } else {
            hand.ask(trainer, epoch, batches);
        }
    }

    /** Whether steps asked for by hand wait for the frames (see {@link #askStep}). */
    public boolean stepping(Trainer trainer) {
        return hand.pending(trainer);
    }

    /**
     * A frame's share of the steps asked for by hand, while paused: nothing until the initial loss
     * is known (see {@link #readyToTrain}), then batches for a large network's training share of the
     * budget. Without a clock, all of them at once. Returns whether it trained.
     */
    public boolean trainHandSteps(Trainer trainer, DoubleSupplier clock, double start, double budgetMs) {
        if (!hand.pending(trainer) || !readyToTrain(trainer, clock, start, budgetMs)) {
            return false;
        }
        weightsVersion++;
        hand.advance(clock, start + budgetMs * FrameTraining.LARGE_TRAINING_SHARE);
        return true;
    }

    /** Forgets steps asked for by hand and not yet trained (Play trains on from where they got to). */
    public void cancelHandSteps() {
        hand.cancel();
    }

    /** A weight set by hand: the weights changed and are no longer the reset ones. */
    public void edited(Trainer trainer) {
        resetWeights = false;
        pacing.cancel();
        weightsVersion++;
        last = FrameTraining.pendingStatus(trainer);
    }

    /** The training settings changed (the weights did not): the status is measured again. */
    public void reconfigured(Trainer trainer) {
        pacing.cancel();
        last = FrameTraining.pendingStatus(trainer);
    }

    /**
     * Whether a playing frame may train now; until the trainer knows its initial loss, the frames
     * bring it instead (see {@link FrameTraining#readyToTrain}).
     */
    public boolean readyToTrain(Trainer trainer, DoubleSupplier clock, double start, double budgetMs) {
        boolean statusGivesIt = resetWeights && trainer.sampleUpdates() == 0;
        return pacing.readyToTrain(trainer, statusGivesIt, clock, start, budgetMs);
    }

    /**
     * A frame's training of epochs (see {@link FrameTraining#trainEpochs}); the weights change. A
     * frame that trained fewer epochs than asked, its budget spent, counts towards {@link #budgetBound}.
     */
    public FrameTraining.Steps trainEpochs(Trainer trainer, int epochs, DoubleSupplier clock, double start,
                                           double budgetMs) {
        weightsVersion++;
        FrameTraining.Steps steps = pacing.trainEpochs(trainer, epochs, clock, start, budgetMs);
        boolean cut = clock != null && steps.unit() == Speed.Unit.EPOCH && steps.count() < epochs
                && trainer.divergence() == null;
        boundFrames = cut ? boundFrames + 1 : 0;
        return steps;
    }

    /** A frame's training of {@code batches} batches; the weights change. */
    public void trainBatches(Trainer trainer, int batches) {
        weightsVersion++;
        boundFrames = 0;
        trainer.advanceBatches(batches);
    }

    /**
     * Whether the speed asks more epochs than the frames can train: the last {@link #BOUND_FRAMES}
     * frames in a row each trained fewer epochs than asked, their budget spent (a high speed), so a
     * trainer elsewhere would train more and leave the page's frames to drawing (see
     * {@link WorkerHandOver#due}). New weights, a hand-back and training by batches start the count again.
     */
    public boolean budgetBound() {
        return boundFrames >= BOUND_FRAMES;
    }

    /** The speed changed: whether it asks more than the frames can train is counted again. */
    public void speedChanged() {
        boundFrames = 0;
    }

    /**
     * Brings the status up to {@code trainer} at the end of a frame: without a clock at once (when
     * it trained or the status is a placeholder), else at once for small networks and a frame's
     * share for large ones; metrics of the reset weights finished over frames also give the trainer
     * its initial loss, bit for bit.
     */
    public void update(Trainer trainer, boolean trained, DoubleSupplier clock, double start, double budgetMs) {
        if (clock == null) {
            if (trained || FrameTraining.isPending(last)) {
                record(trainer.status());
            }
            return;
        }
        FrameTraining.Found found = pacing.status(trainer, last, clock, start, budgetMs);
        if (found == FrameTraining.Found.STATUS) {
            record(pacing.result());
        } else if (found == FrameTraining.Found.METRICS) {
            StepResult metrics = pacing.result();
            if (resetWeights && metrics.sampleUpdates() == 0 && trainer.needsInitialLoss()) {
                trainer.knowInitialLoss(metrics.train().loss()); // the reset weights' loss, bit for bit
            }
            recordMetrics(metrics); // of weights already counted: the version stays
        }
    }

    /** Whether the weights are still those the trainer's reset made (see {@link #fresh}). */
    public boolean resetWeights() {
        return resetWeights;
    }

    /**
     * A status trained elsewhere (a Web Worker), with new weights put in this trainer's network when
     * {@code weightsChanged} (only then do the views paint again): a finished status joins the
     * history when it is newer than the one shown; a placeholder (metrics still to come) leaves a
     * finished one shown.
     */
    public void shownFromElsewhere(StepResult result, boolean weightsChanged) {
        pacing.cancel();
        if (weightsChanged) {
            weightsVersion++;
        }
        if (FrameTraining.isPending(result)) {
            if (last == null || FrameTraining.isPending(last)) {
                last = result;
            }
        } else if (last == null || FrameTraining.isPending(last) || last.sampleUpdates() != result.sampleUpdates()
                || last.epoch() != result.epoch()) {
            recordMetrics(result);
        }
    }

    /**
     * The trainer took back a run trained elsewhere ({@code latest}: its last status there, null when
     * unknown): that status stays shown (when it is of older weights, the frames bring the status of
     * these as they do after training); without one the weights are measured as new weights are.
     */
    public void handedBack(Trainer trainer, StepResult latest) {
        pacing.cancel();
        boundFrames = 0;
        weightsVersion++;
        if (latest != null && !FrameTraining.isPending(latest) && latest.diverged() == (trainer.divergence() != null)) {
            last = latest;
        } else {
            last = FrameTraining.pendingStatus(trainer);
        }
    }

    /**
     * {@code trainer} takes up a run handed over from a session of the same state ({@link
     * HandedOverRun#resumeHandedOver}): its status comes as a new run's does, in a history begun afresh.
     */
    public void resumeHandedOver(Trainer trainer, double[] snapshot, boolean reset) {
        trainer.resume(snapshot);
        history.clear();
        fresh(trainer, reset);
    }

    /** Shows weights and their status trained elsewhere (see {@link HandedOverRun#showTrainedElsewhere}). */
    public void showTrainedElsewhere(Trainer trainer, double[] weights, StepResult result) {
        if (weights != null) {
            trainer.network().copyParametersFrom(weights);
        }
        shownFromElsewhere(result, weights != null);
    }

    /** Tells {@code observer} (null: nobody) of the epochs completed elsewhere, {@code pairs} of number and batch loss. */
    public static void epochsCompletedElsewhere(EpochObserver observer, double[] pairs) {
        if (observer != null && pairs != null) {
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                observer.epochCompleted((int) pairs[i], pairs[i + 1]);
            }
        }
    }

    /**
     * {@code trainer} takes back the run trained elsewhere (see {@link HandedOverRun#handBack}); the
     * numbers of {@code latest} are checked before anything changes.
     */
    public void handBack(Trainer trainer, double[] snapshot, double[] latest) {
        if (latest != null) {
            StatusNumbers.read(latest, null);
        }
        trainer.resume(snapshot);
        StepResult shown = latest != null && StatusNumbers.diverged(latest) == (trainer.divergence() != null)
                ? StatusNumbers.read(latest, trainer.divergence()) : null;
        handedBack(trainer, shown);
    }

    /** The latest status shown. */
    public StepResult last() {
        return last;
    }

    public LossHistory history() {
        return history;
    }

    /**
     * A number that changes whenever the weights may have changed (trained, stepped, reset, rebuilt,
     * restored or edited by hand): while it stays the same, so do the weights. A large network's
     * metrics finished over several frames do not move it (the weights they measure were counted).
     */
    public long weightsVersion() {
        return weightsVersion;
    }
}
