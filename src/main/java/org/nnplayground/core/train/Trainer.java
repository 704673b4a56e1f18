package org.nnplayground.core.train;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;

/**
 * Trains one network on one data set, a batch or an epoch at a time.
 *
 * <p>Each epoch visits every training sample once, in a fresh seeded random order when shuffling is
 * on, in batches of the configured size; the last batch of an epoch may be smaller and is averaged
 * over its own size. The same spec, config, data and seed always give the same bits.
 *
 * <p>Divergence: a batch whose loss is not finite or has grown a million-fold over the initial loss,
 * or weights that are not finite at the end of an epoch, stop training. The weights go back to where
 * they were at the start of that epoch, and {@link #divergence()} says why and what to change; further
 * training calls do nothing until {@link #setConfig} or {@link #reset}. Without training samples (a
 * drawing with no points yet) training calls do nothing either, and the epoch stays where it is.
 */
public final class Trainer {
    /**
     * Multiply-adds of the initial training loss (one forward pass over the training set) above
     * which {@link #reset} leaves it, and so the explosion limit it sets, for later: told by
     * {@link #knowInitialLoss} (a page computes it over frames) or computed when the first batch
     * needs it. The limit is the same either way; only when it is computed differs.
     */
    static final long DEFERRED_LIMIT_WORK = 1_000_000_000;

    /** The layers, the data sets and the seed, which never change. */
    private final TrainerSetup setup;
    private TrainingConfig config;
    private Network network;
    private Optimizer optimizer;
    /** The rest of the run's state: position, sample order, the weights of the epoch's start, divergence guard. */
    private TrainerState state;
    /** A trainer that only tries out a learning rate (see {@link #newProbe}): it suggests none of its own. */
    private boolean probing;
    /** Told of each completed epoch, or null. */
    private EpochObserver observer;
    private StepListener listener;

    /** A trainer of a fully connected network of {@code spec}'s shape. */
    public Trainer(NetworkSpec spec, TrainingConfig config, TrainingData train, TrainingData test, long seed) {
        this(new TrainerSetup(spec, spec.architecture(), train, test, seed), config);
    }

    /** A trainer of a network of any layers. */
    public Trainer(Architecture architecture, TrainingConfig config, TrainingData train, TrainingData test, long seed) {
        this(new TrainerSetup(null, architecture, train, test, seed), config);
    }

    private Trainer(TrainerSetup setup, TrainingConfig config) {
        setup.check(config);
        this.setup = setup;
        this.config = config;
        this.state = new TrainerState();
        state.order = new int[setup.train().size()];
        reset();
        state.epochStart = network.parameterBuffer();
    }

    /** Back to the initial weights of this seed, epoch 0, fresh optimizer state and sample order. */
    public void reset() {
        Rng rng = new Rng(setup.seed());
        network = setup.network(rng.split());
        state.shuffleRng = rng.split();
        optimizer = config.optimizer().create(network);
        int[] order = state.order;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        state.epoch = 0;
        state.cursor = 0;
        state.sampleUpdates = 0;
        state.divergence = null;
        state.limitKnown = false;
        state.limitLoss = config.loss();
        if (network.forwardCost() * setup.train().size() <= DEFERRED_LIMIT_WORK) {
            setInitialLoss(Objective.evaluate(network, setup.train(), config.loss()).loss());
        }
    }

    private void setInitialLoss(double initial) {
        state.explosionLimit = Divergence.explosionLimit(initial);
        state.limitKnown = true;
    }

    /** Whether the explosion limit still waits for the initial training loss (a large network, see {@link #DEFERRED_LIMIT_WORK}). */
    public boolean needsInitialLoss() {
        return !state.limitKnown;
    }

    /**
     * Tells the training loss of the weights {@link #reset} made (under this trainer's loss),
     * computed elsewhere, e.g. over several frames ({@link StatusInSlices} of those weights gives it
     * bit for bit); ignored once the limit is known.
     */
    public void knowInitialLoss(double initialTrainLoss) {
        if (!state.limitKnown) {
            setInitialLoss(initialTrainLoss);
        }
    }

    /** The explosion limit; when deferred, from the initial weights of this seed made again now. */
    private double explosionLimit() {
        if (!state.limitKnown) {
            setInitialLoss(Objective.evaluate(initialNetwork(), setup.train(), state.limitLoss).loss());
        }
        return state.explosionLimit;
    }

    /**
     * The network {@link #reset} makes for this seed, made again (a new object; this trainer's own
     * is untouched): whose training loss {@link #knowInitialLoss} wants, e.g. computed over frames
     * when the weights are no longer those (restored, or another training set).
     */
    public Network initialNetwork() {
        return setup.network(new Rng(setup.seed()).split());
    }

    /**
     * Puts in trained weights (all weights and biases, in {@link Network#copyParametersTo} order) as
     * if {@code epochs} epochs had been trained: for a link that carries a trained network. The
     * optimizer starts from zero state and the next epoch starts a fresh sample order.
     */
    public void restore(double[] parameters, int epochs) {
        if (parameters.length != network.parameterCount()) {
            throw new IllegalArgumentException("weights: " + parameters.length + " given, this network has "
                    + network.parameterCount());
        }
        network.copyParametersFrom(parameters);
        if (!network.parametersFinite()) {
            reset();
            throw new IllegalArgumentException("weights: every weight must be a finite number");
        }
        optimizer = config.optimizer().create(network);
        state.epoch = Math.max(0, epochs);
        state.cursor = 0;
        state.divergence = null;
    }

    /**
     * The trainer's whole state as numbers (see {@link TrainerSnapshot}): weights, optimizer state,
     * sample order and shuffle generator, epoch, cursor, sample updates, the divergence guard. A
     * trainer built from the same setup that {@link #resume}s it trains on bit for bit as this one
     * would. Its observers and listeners are not part of it.
     */
    public double[] snapshot() {
        return TrainerSnapshot.write(config.optimizer(), network, optimizer, state);
    }

    /**
     * Takes over the state of a {@link #snapshot} of a trainer of the same setup (network, data and
     * optimizer kind); refused with a sentence, and nothing changed, when it does not fit.
     */
    public void resume(double[] data) {
        TrainerSnapshot.Contents read = TrainerSnapshot.read(data, config.optimizer(), network, state.order.length);
        network.copyParametersFrom(read.weights());
        optimizer = read.optimizer();
        state = read.state();
    }

    /**
     * Changes how training goes on without touching the weights: learning rate, optimizer (its state
     * starts afresh when the kind changes), batch size, regularization. Clears a divergence.
     */
    public void setConfig(TrainingConfig newConfig) {
        setup.checkLoss(newConfig.loss());
        if (newConfig.optimizer() != config.optimizer()) {
            optimizer = newConfig.optimizer().create(network);
        }
        config = newConfig;
        state.divergence = null;
    }

    /**
     * Tells {@code epochObserver} of every epoch completed from now on (null: nobody). An epoch that
     * diverges is not completed (its weights are put back), so it is not reported.
     */
    public void setEpochObserver(EpochObserver epochObserver) {
        observer = epochObserver;
    }

    /** Runs {@code epochs} whole epochs (finishing a partly done one first counts as one). */
    public StepResult trainEpochs(int epochs) {
        advance(epochs);
        return status();
    }

    /**
     * {@link #trainEpochs} without the metrics at the end: for a caller that trains in several
     * pieces and asks for {@link #status()} once. Splitting epochs into pieces changes nothing:
     * the same epochs give the same bits however they are split.
     */
    public void advance(int epochs) {
        for (int e = 0; e < epochs && state.divergence == null; e++) {
            do {
                trainOneBatch();
            } while (state.cursor != 0 && state.divergence == null);
        }
    }

    /** {@link #trainBatches} without the metrics at the end (see {@link #advance}). */
    public void advanceBatches(int batches) {
        for (int b = 0; b < batches && state.divergence == null; b++) {
            trainOneBatch();
        }
    }

    /** Sample updates done so far (what {@link #status()} reports as {@link StepResult#sampleUpdates()}). */
    public long sampleUpdates() {
        return state.sampleUpdates;
    }

    /** Runs {@code batches} batches, crossing epoch boundaries as needed. */
    public StepResult trainBatches(int batches) {
        for (int b = 0; b < batches && state.divergence == null; b++) {
            trainOneBatch();
        }
        return status();
    }

    /** Tells {@code l} about every step from now on (null: nobody); see {@link StepListener}. */
    public void setStepListener(StepListener l) {
        listener = l;
    }

    private void trainOneBatch() {
        int n = state.order.length;
        if (n == 0) {
            return; // nothing to learn from (a drawing without points yet): no step, no epoch
        }
        if (state.cursor == 0) {
            network.copyParametersTo(state.epochStart);
            state.snapshotEpoch = state.epoch;
            state.epochLossSum = 0;
            if (config.shuffle()) {
                state.shuffleRng.shuffleInPlace(state.order);
            }
            if (listener != null) {
                listener.epochStarting(network, state.epoch);
            }
        }
        int count = Math.min(Math.min(config.batchSize(), n), n - state.cursor);
        double batchLoss = Objective.computeGradients(network, setup.train(), state.order, state.cursor, count, config);
        Divergence.Reason stop = Divergence.reasonFor(batchLoss, explosionLimit());
        if (stop == null) {
            optimizer.applyGradientsInPlace(network, config.learningRate(), config.updateBiases(), config.clipNorm());
            state.cursor += count;
            state.sampleUpdates += count;
            state.epochLossSum += batchLoss * count;
            if (state.cursor == n) {
                state.cursor = 0;
                state.epoch++;
                if (!network.parametersFinite()) {
                    stop = Divergence.Reason.NON_FINITE_WEIGHTS;
                } else if (observer != null) {
                    observer.epochCompleted(state.epoch, state.epochLossSum / n);
                }
            }
        }
        if (listener != null) {
            listener.batchTrained(network, batchLoss, stop != null);
        }
        if (stop != null) {
            diverge(stop);
        }
    }

    private void diverge(Divergence.Reason reason) {
        int at = state.snapshotEpoch;
        network.copyParametersFrom(state.epochStart);
        optimizer = config.optimizer().create(network);
        state.epoch = at;
        state.cursor = 0;
        double stable = probing ? Double.NaN : RateProbe.saferRate(this, state.epochStart, explosionLimit());
        boolean rateTrains = !Doubles.isNaN(stable);
        double suggested = rateTrains ? stable : LearningRates.ladder()[0];
        state.divergence = new Divergence(reason, at, config.learningRate(), suggested, setup.train().maxAbsInput(),
                rateTrains);
    }

    /**
     * A trainer of the same setup that only tries out learning rates for {@link RateProbe}: it
     * suggests none of its own when it diverges.
     */
    Trainer newProbe() {
        Trainer probe = new Trainer(setup, config);
        probe.probing = true;
        return probe;
    }

    /**
     * Puts this (probing) trainer at {@code parameters} with {@code candidate}, fresh optimizer state,
     * the start of an epoch and explosion limit {@code limit}, for {@link RateProbe} to try it out.
     * The epoch count, the sample order and the shuffle generator go on as they were.
     */
    void restartProbe(double[] parameters, double limit, TrainingConfig candidate) {
        network.copyParametersFrom(parameters);
        config = candidate;
        optimizer = candidate.optimizer().create(network);
        state.cursor = 0;
        state.divergence = null;
        state.explosionLimit = limit;
        state.limitKnown = true;
    }

    /** Metrics of the network as it is now, without training. */
    public StepResult status() {
        Metrics trainMetrics = Objective.evaluate(network, setup.train(), config.loss());
        Metrics testMetrics = Objective.evaluate(network, setup.test(), config.loss());
        return new StepResult(state.epoch, state.sampleUpdates, trainMetrics, testMetrics, state.divergence);
    }

    public Network network() {
        return network;
    }

    /** The fully connected shape this trainer was made for; null when it was made from an {@link Architecture}. */
    public NetworkSpec spec() {
        return setup.spec();
    }

    /** What the trained network is built from. */
    public Architecture architecture() {
        return setup.architecture();
    }

    public TrainingConfig config() {
        return config;
    }

    public TrainingData trainData() {
        return setup.train();
    }

    /** The test set the metrics are taken over (empty when there is none). */
    public TrainingData testData() {
        return setup.test();
    }

    /** Completed epochs. */
    public int epoch() {
        return state.epoch;
    }

    /** Samples already visited in the current epoch. */
    public int samplesIntoEpoch() {
        return state.cursor;
    }

    /** The divergence that stopped training, or null. */
    public Divergence divergence() {
        return state.divergence;
    }
}
