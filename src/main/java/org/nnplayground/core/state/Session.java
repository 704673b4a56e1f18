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
 * <p>A stop condition (an epoch limit, a target loss) pauses training when training reaches it. One
 * that is already met when training starts does not hold it back: Play after the pause trains on
 * past the limit, and so does Play on a trained network opened at or beyond it. The limit stays set
 * for the next run that reaches it from below (after a reset, or a replay of the link).
 */
public final class Session implements TrainingRun {
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
    private int epochLimit;
    private double targetLoss;
    private String stopReason;
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
        if (onlyTrainingChanged(state, next)) {
            state = next;
            trainer.setConfig(next.training());
            status.reconfigured(trainer);
        } else if (onlyDrawingChanged(state, next)) {
            redraw(next);
        } else {
            rebuild(next);
        }
    }

    /**
     * Whether {@code b} is {@code a} with other drawn points, or the same table shown over other
     * inputs, and the same network: drawing goes on training the network it has, rather than start
     * again at every point, and choosing the inputs a view shows changes no training.
     */
    private static boolean onlyDrawingChanged(PlaygroundState a, PlaygroundState b) {
        boolean drawn = a.data().kind().isDrawn() && b.data().kind() == a.data().kind()
                && a.data().withDrawn(b.data().drawn()).equals(b.data());
        boolean sliced = a.data().kind().isTable() && b.data().kind() == a.data().kind()
                && a.data().table().sameRowsAs(b.data().table()) && a.data().withTable(b.data().table()).equals(b.data());
        return (drawn || sliced) && a.withData(b.data()).equals(b) && a.networkSpec().equals(b.networkSpec());
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

    /**
     * Whether {@code b} differs from {@code a} only in how training goes on: the same model (data,
     * features, network and loss), whatever the rest of the training configuration says.
     */
    private static boolean onlyTrainingChanged(PlaygroundState a, PlaygroundState b) {
        return a.model().equals(b.model());
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
     * Like {@link #frame()}, but within {@code budgetMs} milliseconds by {@code clock}: the first
     * epoch is timed, and only as many more follow as the speed asks and fit in the rest of the
     * budget. At least one epoch is trained per frame, except for a network whose epoch is large
     * ({@link FrameTraining#SYNC_EPOCH_WORK}): its first epoch is trained batch by batch until it ends or
     * {@link FrameTraining#LARGE_TRAINING_SHARE} of the budget is spent (at least one batch), its metrics taking
     * up to {@link FrameTraining#LARGE_SHARE} of it in all. So a high speed, or a network whose epoch alone
     * outlasts a frame, keeps the page drawing and answering instead of freezing it. Where a
     * run stands after N epochs (or batches) does not depend on how they were spread over frames;
     * only the loss history, one point per frame, sees the difference.
     *
     * <p>A speed below one epoch per frame trains one batch (or epoch) on every n-th frame, starting
     * with the first frame after play, so that pressing play answers at once. A large network whose
     * initial loss is not known yet (its first status still under way) trains from the frame after
     * it is (see {@link FrameTraining#readyToTrain}).
     *
     * <p>The metrics of a network too large to evaluate within a frame ({@link FrameTraining#SYNC_STATUS_WORK})
     * are computed over several frames, of a copy of the weights taken when they begin (see
     * {@link org.nnplayground.core.train.StatusInSlices}): {@link #last()} then lags training by those frames, and is the exact
     * status of the epoch it names. They go on while paused until they are of the current weights.
     */
    public StepResult frame(DoubleSupplier clock, double budgetMs) {
        lastFrameSteps = 0;
        double start = clock == null ? 0 : clock.getAsDouble();
        int limit = limitAhead();
        boolean lossAbove = lossAboveTarget();
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

    /** The epoch limit when training has yet to reach it, else 0: a limit behind the run does not stop it. */
    private int limitAhead() {
        return epochLimit > 0 && trainer.epoch() < epochLimit ? epochLimit : 0;
    }

    /** Whether a target loss is set and the training loss is still above it (so reaching it stops). */
    private boolean lossAboveTarget() {
        return targetLoss > 0 && !(status.last().train().loss() <= targetLoss);
    }

    /** Pauses on divergence, or on a stop condition this frame's training reached. */
    private void checkStop(int limit, boolean lossWasAbove) {
        StepResult last = status.last();
        if (last.diverged()) {
            pause("training diverged");
        } else if (limit > 0 && last.epoch() >= limit) {
            pause("reached the epoch limit of " + limit);
        } else if (lossWasAbove && last.train().loss() <= targetLoss) {
            pause("reached the target loss");
        }
    }

    private void pause(String reason) {
        playing = false;
        stopReason = reason;
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
    public void onEpoch(EpochObserver observer) {
        epochObserver = observer;
        trainer.setEpochObserver(observer);
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
    }

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

    /** Batches done in the epoch under way: 0 at an epoch boundary. */
    public int batchesIntoEpoch() {
        int batch = batchSize();
        return (trainer.samplesIntoEpoch() + batch - 1) / batch;
    }

    /** Batches the epoch under way has in all (with the batch size as it is now). */
    public int batchesPerEpoch() {
        int batch = batchSize();
        int left = trainer.trainData().size() - trainer.samplesIntoEpoch();
        return batchesIntoEpoch() + (left + batch - 1) / batch;
    }

    /** The batch size the trainer uses: at most the whole training set. */
    private int batchSize() {
        return Math.max(1, Math.min(trainer.config().batchSize(), trainer.trainData().size()));
    }

    /** Pause when this many epochs are done; 0 for no limit. */
    public void setEpochLimit(int epochs) {
        epochLimit = Math.max(0, epochs);
    }

    public int epochLimit() {
        return epochLimit;
    }

    /** Pause when the train loss is at or below this; 0 for no target. */
    public void setTargetLoss(double loss) {
        targetLoss = loss > 0 && loss - loss == 0 ? loss : 0;
    }

    public double targetLoss() {
        return targetLoss;
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
    public long weightsVersion() {
        return status.weightsVersion();
    }

    /** The latest metrics. */
    @Override
    public StepResult last() {
        return status.last();
    }
}
