package org.nnplayground.core.state;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.train.BudgetedTraining;
import org.nnplayground.core.train.EpochObserver;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.train.StepListener;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/**
 * One playground's live run: its state, its trainer, the loss history and the run controls (play,
 * pause, step, speed, stop condition). The page calls {@link #frame()} once per animation frame.
 *
 * <p>A change that only affects how training goes on (learning rate, optimizer, batch size,
 * regularization) keeps the weights; any other change (data, features, layers, activations, seed)
 * builds a new trainer from the new state, at epoch 0, except a change of drawn points alone,
 * which goes on training the same weights on the new points (and so does choosing which two inputs
 * of a wide table the views show).
 *
 * <p>A stop condition (an epoch limit, a target loss) pauses training when training reaches it (see
 * {@link StopConditions}). The limit stays set for the next run that reaches it from below.
 */
public final class Session implements HandedOverRun {
    /** Epochs per frame, at most. */
    public static final int MAX_SPEED = Speed.MAX_EPOCHS_PER_FRAME;

    private PlaygroundState state;
    private Trainer trainer;
    private DataSplit data;
    /** The status shown, the loss history and the weights' version, kept up over frames. */
    private final RunStatus status = new RunStatus();
    private boolean playing;
    private Speed speed = Speed.DEFAULT;
    /** Frames played since play or the last speed change: a slow speed trains on every n-th. */
    private int framesPlayed;
    /** What the last frame trained: batches (or epochs) and which; see {@link #follow}. */
    private int lastFrameSteps;
    private Speed.Unit lastFrameUnit = Speed.Unit.EPOCH;
    private StepListener stepListener;
    private final StopConditions stops = new StopConditions();
    private String stopReason;
    /** Counts the pauses training made on its own (see {@link #pausesOnItsOwn}). */
    private int pausesOnItsOwn;
    /** The stop conditions ahead of the run when it was handed over (see {@link #snapshot}). */
    private int handedOverLimit;
    private boolean handedOverLossAbove;
    private EpochObserver epochObserver;

    public Session(PlaygroundState state) {
        rebuild(state);
    }

    /** A new trainer at epoch 0 for {@code next}; when its data cannot be made, nothing changes. */
    private void rebuild(PlaygroundState next) {
        DataSplit nextData = Datasets.generate(next.data()); // throws before anything changed
        Trainer nextTrainer = next.newTrainer(nextData);
        state = next;
        data = nextData;
        trainer = nextTrainer;
        trainer.setEpochObserver(epochObserver);
        trainer.setStepListener(stepListener);
        status.history().clear();
        status.fresh(trainer, true);
    }

    /**
     * Moves to {@code next}, keeping the weights when only training settings changed.
     *
     * @throws IllegalArgumentException when the data of {@code next} cannot be made (a formula undefined
     *                                  at every point); the session then stays as it was
     */
    public void apply(PlaygroundState next) {
        if (StateChanges.onlyTraining(state, next)) {
            state = next;
            trainer.setConfig(next.training());
            status.reconfigured(trainer);
        } else if (StateChanges.onlyDrawing(state, next)) {
            redraw(next);
        } else {
            rebuild(next);
        }
    }

    /** Moves to {@code next}'s points, keeping the weights, the epoch and the loss history. */
    private void redraw(PlaygroundState next) {
        DataSplit nextData = Datasets.generate(next.data());
        Trainer nextTrainer = next.newTrainer(nextData);
        double[] weights = trainer.network().parameterBuffer();
        trainer.network().copyParametersTo(weights);
        nextTrainer.restore(weights, trainer.epoch());
        state = next;
        data = nextData;
        trainer = nextTrainer;
        trainer.setEpochObserver(epochObserver);
        trainer.setStepListener(stepListener);
        status.fresh(trainer, false);
    }

    /** Moves to {@code next} with a new trainer at epoch 0, whatever changed: opening a link. */
    public void replace(PlaygroundState next) {
        rebuild(next);
        playing = false;
        stopReason = null;
    }

    /** Back to the initial weights of the same seed. */
    @Override
    public void reset() {
        trainer.reset();
        status.history().clear();
        stopReason = null;
        status.fresh(trainer, true);
    }

    /** A new seed (new data and initial weights), drawn from the current one. */
    public void regenerate() {
        long next = new Rng(state.seed()).nextLong() & 0x7FFFFFFFL;
        apply(state.withSeed(next == state.seed() ? next + 1 : next));
    }

    /** Trains as {@link #speed()} says when playing; returns where training stands. */
    public StepResult frame() {
        return frame(null, 0);
    }

    /**
     * Like {@link #frame()}, but within {@code budgetMs} milliseconds by {@code clock}, paced by
     * {@link FrameTraining}: a small network at least one epoch and as many more as the speed asks
     * and fit, a large one batch by batch for its share of the budget (at least one batch), and the
     * metrics of a network too large to evaluate in a frame over several frames, of a copy of the
     * weights ({@link #last()} then lags training and is the exact status of the epoch it names).
     * So a high speed or a huge network keeps the page drawing and answering. Where a run stands
     * after N epochs (or batches) does not depend on how they were spread over frames; only the
     * loss history, one point per frame, sees the difference.
     *
     * <p>A speed below one epoch per frame trains one batch (or epoch) on every n-th frame, starting
     * with the first frame after play, so that pressing play answers at once. A large network whose
     * initial loss is not known yet trains from the frame after it is (see {@link FrameTraining#readyToTrain}).
     */
    @Override
    public StepResult frame(DoubleSupplier clock, double budgetMs) {
        lastFrameSteps = 0;
        double start = clock == null ? 0 : clock.getAsDouble();
        int limit = stops.limitAhead(trainer.epoch());
        boolean lossAbove = stops.lossAboveTarget(status.last());
        boolean trained = false;
        if (playing) {
            boolean due = framesPlayed % speed.everyFrames() == 0;
            framesPlayed++;
            int room = limit > 0 ? limit - trainer.epoch() : Integer.MAX_VALUE;
            if (due && room > 0 && status.readyToTrain(trainer, clock, start, budgetMs)) {
                if (speed.unit() == Speed.Unit.BATCH) {
                    status.trainBatches(trainer, speed.count());
                    lastFrameUnit = Speed.Unit.BATCH;
                    lastFrameSteps = speed.count();
                } else {
                    FrameTraining.Steps steps = status.trainEpochs(trainer, Math.min(speed.count(), room), clock,
                            start, budgetMs);
                    lastFrameUnit = steps.unit();
                    lastFrameSteps = steps.count();
                }
                trained = true;
            }
        } else {
            trained = status.trainHandSteps(trainer, clock, start, budgetMs);
        }
        status.update(trainer, trained, clock, start, budgetMs);
        if (playing) {
            checkStop(limit, lossAbove);
        }
        return status.last();
    }

    /**
     * Trains what {@code leader} trained in its last frame: as many batches, or as many epochs (a
     * partly done epoch finished counts as one). For a lesson's variants, which keep pace with the
     * main run at any speed and within its time budget. Does nothing once this session diverged.
     */
    public StepResult follow(Session leader) {
        if (leader.lastFrameSteps > 0 && trainer.divergence() == null) {
            if (leader.lastFrameUnit == Speed.Unit.BATCH) {
                trainer.trainBatches(leader.lastFrameSteps);
            } else {
                trainer.advance(leader.lastFrameSteps);
            }
            status.record(trainer.status());
        }
        return status.last();
    }

    /** Pauses on divergence, or on a stop condition this frame's training reached. */
    private void checkStop(int limit, boolean lossWasAbove) {
        String reason = stops.reasonToStop(status.last(), limit, lossWasAbove);
        if (reason != null) {
            playing = false;
            stopReason = reason;
            pausesOnItsOwn++;
        }
    }

    /**
     * How many times training paused on its own (diverged, or reached a stop condition), here or in
     * the worker a run was handed to: a page that sees the count move shows why.
     */
    public int pausesOnItsOwn() {
        return pausesOnItsOwn;
    }

    /**
     * The Step button: one epoch (to the end of the one under way), at once when small, else over
     * the next frames (see {@link RunStatus#askStep}); {@link #stepping()} says whether it waits.
     */
    public void askEpoch() {
        status.askStep(trainer, true, 1);
    }

    /** The Step batch button: one batch, at once when small, else over the next frames (see {@link #askEpoch}). */
    public void askBatch() {
        status.askStep(trainer, false, 1);
    }

    /** Whether steps asked for by hand are still being trained over the frames. */
    public boolean stepping() {
        return status.stepping(trainer);
    }

    /** One epoch, playing or not. */
    public StepResult stepEpoch() {
        trainer.advance(1);
        status.stepped(trainer);
        return status.last();
    }

    /**
     * Up to {@code epochs} epochs, playing or not, but no more than fit in {@code budgetMs} by
     * {@code clock} (at least one): one slice of a long step spread over frames (see
     * {@link BudgetedTraining}). Returns the epochs trained, 0 when training has diverged.
     */
    @Override
    public int stepEpochs(int epochs, DoubleSupplier clock, double budgetMs) {
        if (epochs <= 0 || trainer.divergence() != null) {
            return 0;
        }
        int done = BudgetedTraining.advance(trainer, epochs, clock, budgetMs);
        status.stepped(trainer);
        return trainer.divergence() != null ? 0 : done;
    }

    /**
     * Tells {@code observer} of every epoch completed from now on, by any trainer this session builds
     * (null: nobody). Opening another state or resetting starts the epoch numbers again from 1.
     */
    @Override
    public void onEpoch(EpochObserver observer) {
        epochObserver = observer;
        trainer.setEpochObserver(observer);
    }

    /**
     * {@inheritDoc} The stop conditions ahead of the run now are remembered, so that a run handed
     * back after it stopped there by itself pauses here for the same reason (see {@link #handBack}).
     */
    @Override
    public double[] snapshot() {
        handedOverLimit = stops.limitAhead(trainer.epoch());
        handedOverLossAbove = stops.lossAboveTarget(status.last());
        return trainer.snapshot();
    }

    @Override
    public boolean weightsAreReset() {
        return status.resetWeights();
    }

    @Override
    public void resumeHandedOver(double[] snapshot, boolean resetWeights) {
        status.resumeHandedOver(trainer, snapshot, resetWeights);
    }

    @Override
    public void showTrainedElsewhere(double[] weights, StepResult result) {
        status.showTrainedElsewhere(trainer, weights, result);
    }

    @Override
    public void epochsCompletedElsewhere(double[] pairs) {
        RunStatus.epochsCompletedElsewhere(epochObserver, pairs);
    }

    /**
     * {@inheritDoc} A run that stopped there by itself (it diverged, or reached a stop condition that
     * was ahead of it when it was handed over) pauses here, with the reason it would have had here.
     */
    @Override
    public void handBack(double[] snapshot, double[] latest) {
        status.handBack(trainer, snapshot, latest);
        if (playing && latest != null && !StatusNumbers.playing(latest)) {
            checkStop(handedOverLimit, handedOverLossAbove);
        }
    }

    /** One batch, playing or not. */
    public StepResult stepBatch() {
        trainer.advanceBatches(1);
        status.stepped(trainer);
        return status.last();
    }

    @Override
    public void play() {
        if (trainer.divergence() == null) {
            if (!playing) {
                framesPlayed = 0;
            }
            playing = true;
            status.cancelHandSteps(); // playing trains on from where the steps by hand got to
            stopReason = null;
        }
    }

    @Override
    public void pause() {
        playing = false;
    }

    public void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    @Override
    public boolean playing() {
        return playing;
    }

    /** Why training paused on its own, or null. */
    public String stopReason() {
        return stopReason;
    }

    /** Sets epochs per frame, clamped to 1..{@link #MAX_SPEED}. */
    public void setSpeed(int epochsPerFrame) {
        setSpeed(Speed.epochsPerFrame(epochsPerFrame));
    }

    /** Sets the speed; a slow one next trains on the coming frame. Null means {@link Speed#DEFAULT}. */
    public void setSpeed(Speed value) {
        speed = value == null ? Speed.DEFAULT : value;
        framesPlayed = 0;
        status.speedChanged();
    }

    @Override
    public Speed speed() {
        return speed;
    }

    /**
     * Tells {@code listener} about every batch this session's trainer trains, also after a new
     * trainer is built for a new state (null: none). See {@link StepListener}.
     */
    public void setStepListener(StepListener listener) {
        stepListener = listener;
        trainer.setStepListener(listener);
    }

    /** Pause when this many epochs are done; 0 for no limit. */
    public void setEpochLimit(int epochs) {
        stops.setEpochLimit(epochs);
    }

    public int epochLimit() {
        return stops.epochLimit();
    }

    /** Pause when the train loss is at or below this; 0 for no target. */
    public void setTargetLoss(double loss) {
        stops.setTargetLoss(loss);
    }

    public double targetLoss() {
        return stops.targetLoss();
    }

    /** Puts in trained weights taken after {@code epochs} epochs (see {@link Trainer#restore}); pauses. */
    public void restore(double[] parameters, int epochs) {
        trainer.restore(parameters, epochs);
        status.history().clear();
        playing = false;
        status.fresh(trainer, false);
    }

    /**
     * Sets one weight of the live network (layer 1-based), e.g. edited by hand while training, by
     * the rules of {@link ParameterEdits}; returns the notice when the value was cut, or null.
     *
     * @throws IllegalArgumentException for NaN or an entry the network does not have
     */
    public String setWeight(int layer, int to, int from, double value) {
        String notice = ParameterEdits.setWeight(trainer.network(), layer, to, from, value);
        status.edited(trainer);
        return notice;
    }

    /** Sets one bias of the live network, by the same rules as {@link #setWeight}; returns the notice, or null. */
    public String setBias(int layer, int neuron, double value) {
        String notice = ParameterEdits.setBias(trainer.network(), layer, neuron, value);
        status.edited(trainer);
        return notice;
    }

    public PlaygroundState state() {
        return state;
    }

    /** The generated training and test points of the current state. */
    public DataSplit data() {
        return data;
    }

    @Override
    public Trainer trainer() {
        return trainer;
    }

    public LossHistory history() {
        return status.history();
    }

    /**
     * A number that changes whenever the weights may have changed (trained, stepped, reset, rebuilt,
     * restored or edited by hand): while it stays the same, so do the weights. A large network's
     * metrics finished over several frames do not move it (the weights they measure were counted).
     */
    @Override
    public boolean budgetBound() {
        return status.budgetBound();
    }

    @Override
    public long weightsVersion() {
        return status.weightsVersion();
    }

    /** The latest metrics. */
    @Override
    public StepResult last() {
        return status.last();
    }
}
