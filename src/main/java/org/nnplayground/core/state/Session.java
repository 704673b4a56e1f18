package org.nnplayground.core.state;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.ParamBlock;
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
    private final LossHistory history = new LossHistory();
    private StepResult last;
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
    /** The metrics of a large network, being computed over several frames. */
    private final FrameTraining pacing = new FrameTraining();
    private EpochObserver epochObserver;
    /** Counts the changes of the weights (see {@link #weightsVersion()}). */
    private long weightsVersion;
    /**
     * Whether the weights are still those the trainer's reset made (not restored nor edited): then
     * the first metrics computed over frames also give the trainer its initial loss.
     */
    private boolean resetWeights;

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
        history.clear();
        resetWeights = true;
        recordFresh();
    }

    /**
     * Records the status of weights just set (a new run, a reset, restored weights): at once when
     * cheap, else a placeholder without losses that the next frames replace with the real status
     * (see {@link FrameTraining#pendingStatus}); the placeholder goes into no history.
     */
    private void recordFresh() {
        StepResult result = FrameTraining.pendingStatus(trainer);
        if (FrameTraining.isPending(result)) {
            pacing.cancel();
            weightsVersion++;
            last = result;
        } else {
            record(result);
        }
    }

    private void record(StepResult result) {
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
     * Moves to {@code next}, keeping the weights when only training settings changed.
     *
     * @throws IllegalArgumentException when the data of {@code next} cannot be made (a formula undefined
     *                                  at every point); the session then stays as it was
     */
    public void apply(PlaygroundState next) {
        if (onlyTrainingChanged(state, next)) {
            state = next;
            trainer.setConfig(next.training());
            pacing.cancel();
            last = FrameTraining.pendingStatus(trainer);
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
        resetWeights = false;
        recordFresh();
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
        history.clear();
        stopReason = null;
        resetWeights = true;
        recordFresh();
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
     * with the first frame after play, so that pressing play answers at once.
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
            if (due && room > 0) {
                weightsVersion++;
                if (speed.unit() == Speed.Unit.BATCH) {
                    trainer.advanceBatches(speed.count());
                    lastFrameUnit = Speed.Unit.BATCH;
                    lastFrameSteps = speed.count();
                } else {
                    FrameTraining.Steps steps = pacing.trainEpochs(trainer, Math.min(speed.count(), room), clock,
                            start, budgetMs);
                    lastFrameUnit = steps.unit();
                    lastFrameSteps = steps.count();
                }
                trained = true;
            }
        }
        if (clock == null) {
            if (trained || FrameTraining.isPending(last)) {
                record(trainer.status());
            }
        } else {
            updateStatus(clock, start, budgetMs);
        }
        if (playing) {
            checkStop(limit, lossAbove);
        }
        return last;
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
            record(trainer.status());
        }
        return last;
    }

    /** Brings {@link #last} up to the trainer: at once for small networks, else a frame's share. */
    private void updateStatus(DoubleSupplier clock, double start, double budgetMs) {
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

    /** The epoch limit when training has yet to reach it, else 0: a limit behind the run does not stop it. */
    private int limitAhead() {
        return epochLimit > 0 && trainer.epoch() < epochLimit ? epochLimit : 0;
    }

    /** Whether a target loss is set and the training loss is still above it (so reaching it stops). */
    private boolean lossAboveTarget() {
        return targetLoss > 0 && !(last.train().loss() <= targetLoss);
    }

    /** Pauses on divergence, or on a stop condition this frame's training reached. */
    private void checkStop(int limit, boolean lossWasAbove) {
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

    /** One epoch, playing or not. */
    public StepResult stepEpoch() {
        record(trainer.trainEpochs(1));
        return last;
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
        record(trainer.status());
        return last.diverged() ? 0 : done;
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
        record(trainer.trainBatches(1));
        return last;
    }

    @Override
    public void play() {
        if (trainer.divergence() == null) {
            if (!playing) {
                framesPlayed = 0;
            }
            playing = true;
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
        history.clear();
        playing = false;
        resetWeights = false;
        recordFresh();
    }

    /**
     * Sets one weight of the live network (layer 1-based), e.g. edited by hand while training; see
     * {@link #editParameter} for the rules.
     *
     * @throws IllegalArgumentException for NaN or an entry the network does not have
     */
    public String setWeight(int layer, int to, int from, double value) {
        checkLayer("Weight", layer);
        Network network = trainer.network();
        int sources = network.width(layer - 1);
        if (from < 0 || from >= sources) {
            String range = "between 0 and " + (sources - 1) + " in layer " + (layer - 1);
            throw new IllegalArgumentException("Weight: the link's source must be " + range + ", was " + from);
        }
        return editParameter("Weight", network.weightBlock(layer), to, from, value);
    }

    /** Sets one bias of the live network, by the same rules as {@link #setWeight}; returns the notice, or null. */
    public String setBias(int layer, int neuron, double value) {
        checkLayer("Bias", layer);
        return editParameter("Bias", trainer.network().biasBlock(layer), neuron, 0, value);
    }

    /**
     * The one edit path for a parameter: every hand edit of a weight or bias (the graph editor, the
     * page's API) ends here. NaN is refused with a message and leaves the network as it was; a value
     * beyond {@link Limits#MAX_WEIGHT} (infinities too) is cut to it, as in a link, and the notice
     * saying so is returned (null when nothing was cut). The weights count as changed.
     */
    private String editParameter(String name, ParamBlock block, int to, int from, double value) {
        if (Doubles.isNaN(value)) {
            throw new IllegalArgumentException("a " + name.toLowerCase() + " must be a number between -1000000 and"
                    + " 1000000, not " + value);
        }
        if (to < 0 || to >= block.fanOut()) {
            throw new IllegalArgumentException(name + ": the neuron must be between 0 and " + (block.fanOut() - 1)
                    + ", was " + to);
        }
        block.set(to, from, Limits.cutWeight(value));
        resetWeights = false;
        pacing.cancel();
        weightsVersion++;
        last = FrameTraining.pendingStatus(trainer);
        return Limits.weightNotice(name, value);
    }

    private void checkLayer(String name, int layer) {
        int layers = trainer.network().layerCount();
        if (layer < 1 || layer > layers) {
            throw new IllegalArgumentException(name + ": the layer must be between 1 and " + layers + ", was " + layer);
        }
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

    /** The latest metrics. */
    @Override
    public StepResult last() {
        return last;
    }
}
