package org.nnplayground.core.state.lab;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.state.HandedOverRun;
import org.nnplayground.core.state.RunStatus;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.train.BudgetedTraining;
import org.nnplayground.core.train.EpochObserver;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/**
 * One sequence or image run, live: its state, trainer, data and loss history, and the run controls
 * (play, pause, step, speed). The page calls {@link #frame} once per animation frame; it trains within
 * the frame's time budget as the points' session does (whole epochs for a small network, batch by
 * batch for a large one, metrics over several frames), so where a run stands after N epochs does not
 * depend on the frames. A change of the training settings alone keeps the weights, and so does a
 * change of the images the reader added (training goes on from the weights it has, on the new
 * training set, as drawing points does); any other change starts again at epoch 0. Training pauses
 * by itself when it diverges.
 */
public final class LabSession implements HandedOverRun {
    private LabState state;
    private LabSets sets;
    private Trainer trainer;
    /** The status shown, the loss history and the weights' version, kept up over frames. */
    private final RunStatus status = new RunStatus();
    private boolean playing;
    private Speed speed = Speed.DEFAULT;
    private int framesPlayed;
    private EpochObserver epochObserver;

    public LabSession(LabState state) {
        rebuild(state);
    }

    private void rebuild(LabState next) {
        LabSets nextSets = next.model().generate(); // throws before anything changed
        Trainer nextTrainer = next.newTrainer(nextSets);
        state = next;
        sets = nextSets;
        trainer = nextTrainer;
        trainer.setEpochObserver(epochObserver);
        status.history().clear();
        status.fresh(trainer, true);
    }

    /** Moves to {@code next}, keeping the weights when only the training settings changed. */
    public void apply(LabState next) {
        if (next.model().equals(state.model())) {
            state = next;
            trainer.setConfig(next.training());
            status.reconfigured(trainer);
        } else if (onlyAddedImagesChanged(state.model(), next.model())) {
            regather(next);
        } else {
            rebuild(next);
        }
    }

    /** Whether {@code b} is {@code a} with other added images (and the same everything else). */
    private static boolean onlyAddedImagesChanged(LabModel a, LabModel b) {
        return a instanceof ImageModel && b instanceof ImageModel
                && ((ImageModel) a).withAdded(((ImageModel) b).added()).equals(b);
    }

    /**
     * Moves to {@code next}'s training set, keeping the weights, the epoch and the loss history; its
     * status, of other images, comes as a new run's does (at once when cheap, else over frames).
     */
    private void regather(LabState next) {
        LabSets nextSets = next.model().generate();
        Trainer nextTrainer = next.newTrainer(nextSets);
        double[] weights = trainer.network().parameterBuffer();
        trainer.network().copyParametersTo(weights);
        nextTrainer.restore(weights, trainer.epoch());
        state = next;
        sets = nextSets;
        trainer = nextTrainer;
        trainer.setEpochObserver(epochObserver);
        status.fresh(trainer, false);
    }

    /** Moves to {@code next} with a new trainer at epoch 0 and pauses: opening a link. */
    public void replace(LabState next) {
        rebuild(next);
        playing = false;
    }

    /**
     * Puts in trained weights (in {@code Network#copyParametersTo} order) as if {@code epochs} epochs
     * had been trained, paused: a model file opened. The history starts again from there.
     *
     * @throws IllegalArgumentException when the weights do not fit the network or are not finite
     */
    public void restore(double[] weights, int epochs) {
        trainer.restore(weights, epochs);
        playing = false;
        status.history().clear();
        status.fresh(trainer, false);
    }

    /** Back to the initial weights of the same seed. */
    @Override
    public void reset() {
        trainer.reset();
        status.history().clear();
        status.fresh(trainer, true);
    }

    /** New data and initial weights, from a seed drawn from the current one. */
    public void regenerate() {
        long seed = state.model().seed();
        long next = new Rng(seed).nextLong() & 0x7FFFFFFFL;
        apply(state.withSeed(next == seed ? next + 1 : next));
    }

    /**
     * Trains as the speed says when playing, within {@code budgetMs} by {@code clock} (null: no clock,
     * the whole speed's worth and the metrics at once); returns where training stands.
     */
    public StepResult frame(DoubleSupplier clock, double budgetMs) {
        double start = clock == null ? 0 : clock.getAsDouble();
        boolean trained = false;
        if (playing) {
            boolean due = framesPlayed % speed.everyFrames() == 0;
            framesPlayed++;
            if (due && status.readyToTrain(trainer, clock, start, budgetMs)) {
                if (speed.unit() == Speed.Unit.BATCH) {
                    status.trainBatches(trainer, speed.count());
                } else {
                    status.trainEpochs(trainer, speed.count(), clock, start, budgetMs);
                }
                trained = true;
            }
        } else {
            trained = status.trainHandSteps(trainer, clock, start, budgetMs);
        }
        status.update(trainer, trained, clock, start, budgetMs);
        if (playing && status.last().diverged()) {
            playing = false;
        }
        return status.last();
    }

    /**
     * The Step button: one epoch (to the end of the one under way), at once when small, else over
     * the next frames (see {@link org.nnplayground.core.state.RunStatus#askStep}).
     */
    public void askEpoch() {
        status.askStep(trainer, true, 1);
    }

    /** Whether steps asked for by hand are still being trained over the frames. */
    public boolean stepping() {
        return status.stepping(trainer);
    }

    /** {@code epochs} epochs, playing or not. */
    public StepResult stepEpochs(int epochs) {
        trainer.advance(epochs);
        status.stepped(trainer);
        return status.last();
    }

    /**
     * Up to {@code epochs} epochs, playing or not, but no more than fit in {@code budgetMs} by
     * {@code clock} (at least one): one slice of a long step spread over frames. Returns the epochs
     * trained, 0 once training has diverged.
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

    @Override
    public double[] snapshot() {
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

    /** {@inheritDoc} A run that diverged there pauses at the next {@link #frame}, as one diverged here does. */
    @Override
    public void handBack(double[] snapshot, double[] latest) {
        status.handBack(trainer, snapshot, latest);
    }

    /** Tells {@code observer} of every epoch completed from now on, by any trainer this session builds (null: nobody). */
    @Override
    public void onEpoch(EpochObserver observer) {
        epochObserver = observer;
        trainer.setEpochObserver(observer);
    }

    /**
     * Sets one parameter of the live network by hand, also while training (a filter's weight typed
     * in): NaN is refused with a sentence and nothing changes; a value beyond the weights' limit is
     * cut to it and the notice saying so is returned (null when nothing was cut).
     *
     * @throws IllegalArgumentException for NaN or an entry the block does not have
     */
    public String setParameter(ParamBlock block, int to, int from, double value) {
        if (value != value) {
            throw new IllegalArgumentException("a weight must be a number between -1000000 and 1000000");
        }
        if (to < 0 || to >= block.fanOut() || from < 0 || from >= block.fanIn()) {
            throw new IllegalArgumentException("Weight: there is no entry " + to + ", " + from + " in this layer");
        }
        block.set(to, from, Limits.cutWeight(value));
        status.edited(trainer);
        return Limits.weightNotice("Weight", value);
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

    /** Sets the speed; null means {@link Speed#DEFAULT}. */
    public void setSpeed(Speed value) {
        speed = value == null ? Speed.DEFAULT : value;
        framesPlayed = 0;
        status.speedChanged();
    }

    public Speed speed() {
        return speed;
    }

    public LabState state() {
        return state;
    }

    /** The generated data of the current state. */
    public LabSets sets() {
        return sets;
    }

    @Override
    public Trainer trainer() {
        return trainer;
    }

    public LossHistory history() {
        return status.history();
    }

    /** The latest metrics. */
    @Override
    public StepResult last() {
        return status.last();
    }

    @Override
    public boolean budgetBound() {
        return status.budgetBound();
    }

    /** A number that changes whenever the weights may have changed. */
    @Override
    public long weightsVersion() {
        return status.weightsVersion();
    }
}
