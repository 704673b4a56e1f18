package org.nnplayground.core.train;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.OutputHead;

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

    private final NetworkSpec spec;
    private final Architecture architecture;
    private final TrainingData train;
    private final TrainingData test;
    private final long seed;
    private final int[] order;
    /** The weights at the start of the current epoch, which a divergence goes back to. */
    private final double[] epochStart;
    private TrainingConfig config;
    private Network network;
    private Optimizer optimizer;
    private Rng shuffleRng;
    private int epoch;
    private int cursor;
    private long sampleUpdates;
    private int snapshotEpoch;
    private double explosionLimit;
    /** Whether {@link #explosionLimit} is set yet (see {@link #DEFERRED_LIMIT_WORK}). */
    private boolean limitKnown;
    /** The loss the limit is of: the configuration's at {@link #reset}. */
    private Loss limitLoss;
    private Divergence divergence;
    /** A trainer that only tries out a learning rate (see {@link #newProbe}): it suggests none of its own. */
    private boolean probing;
    /** Told of each completed epoch, or null. */
    private EpochObserver observer;
    /** Sum of the batch losses of the current epoch, each times its batch size. */
    private double epochLossSum;
    private StepListener listener;

    /** A trainer of a fully connected network of {@code spec}'s shape. */
    public Trainer(NetworkSpec spec, TrainingConfig config, TrainingData train, TrainingData test, long seed) {
        this(spec, spec.architecture(), config, train, test, seed);
    }

    /** A trainer of a network of any layers. */
    public Trainer(Architecture architecture, TrainingConfig config, TrainingData train, TrainingData test, long seed) {
        this(null, architecture, config, train, test, seed);
    }

    private Trainer(NetworkSpec spec, Architecture architecture, TrainingConfig config, TrainingData train,
                    TrainingData test, long seed) {
        checkCompatible(architecture, config, train, test);
        this.spec = spec;
        this.architecture = architecture;
        this.config = config;
        this.train = train;
        this.test = test;
        this.seed = seed;
        this.order = new int[train.size()];
        reset();
        this.epochStart = network.parameterBuffer();
    }

    private static void checkCompatible(Architecture architecture, TrainingConfig config, TrainingData train,
                                        TrainingData test) {
        int inputs = architecture.inputs();
        int outputs = architecture.outputs();
        if (train.inputSize() != inputs || test.inputSize() != inputs) {
            throw new IllegalArgumentException("the network has " + inputs + " inputs but the data has "
                    + train.inputSize());
        }
        if (train.outputSize() != outputs || test.outputSize() != outputs) {
            throw new IllegalArgumentException("the network has " + outputs + " outputs but the data has "
                    + train.outputSize() + " targets per sample");
        }
        new OutputHead(architecture.outputActivation(), config.loss()).check();
    }

    /** Back to the initial weights of this seed, epoch 0, fresh optimizer state and sample order. */
    public void reset() {
        Rng rng = new Rng(seed);
        network = spec != null ? new Network(spec, rng.split()) : new Network(architecture, rng.split());
        shuffleRng = rng.split();
        optimizer = config.optimizer().create(network);
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        epoch = 0;
        cursor = 0;
        sampleUpdates = 0;
        divergence = null;
        limitKnown = false;
        limitLoss = config.loss();
        if (network.forwardCost() * train.size() <= DEFERRED_LIMIT_WORK) {
            setInitialLoss(Objective.evaluate(network, train, config.loss()).loss());
        }
    }

    private void setInitialLoss(double initial) {
        explosionLimit = Divergence.explosionLimit(initial);
        limitKnown = true;
    }

    /** Whether the explosion limit still waits for the initial training loss (a large network, see {@link #DEFERRED_LIMIT_WORK}). */
    public boolean needsInitialLoss() {
        return !limitKnown;
    }

    /**
     * Tells the training loss of the weights {@link #reset} made (under this trainer's loss),
     * computed elsewhere, e.g. over several frames ({@link StatusInSlices} of those weights gives it
     * bit for bit); ignored once the limit is known.
     */
    public void knowInitialLoss(double initialTrainLoss) {
        if (!limitKnown) {
            setInitialLoss(initialTrainLoss);
        }
    }

    /** The explosion limit; when deferred, from the initial weights of this seed made again now. */
    private double explosionLimit() {
        if (!limitKnown) {
            setInitialLoss(Objective.evaluate(initialNetwork(), train, limitLoss).loss());
        }
        return explosionLimit;
    }

    /**
     * The network {@link #reset} makes for this seed, made again (a new object; this trainer's own
     * is untouched): whose training loss {@link #knowInitialLoss} wants, e.g. computed over frames
     * when the weights are no longer those (restored, or another training set).
     */
    public Network initialNetwork() {
        Rng rng = new Rng(seed);
        return spec != null ? new Network(spec, rng.split()) : new Network(architecture, rng.split());
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
        epoch = Math.max(0, epochs);
        cursor = 0;
        divergence = null;
    }

    /**
     * The trainer's whole state as numbers (see {@link TrainerSnapshot}): weights, optimizer state,
     * sample order and shuffle generator, epoch, cursor, sample updates, the divergence guard. A
     * trainer built from the same setup that {@link #resume}s it trains on bit for bit as this one
     * would. Its observers and listeners are not part of it.
     */
    public double[] snapshot() {
        int params = network.parameterCount();
        TrainerSnapshot s = TrainerSnapshot.writing(2L * params + order.length + optimizer.stateSize());
        s.putInt(config.optimizer().ordinal());
        s.putInt(limitLoss.ordinal());
        s.putInt(params);
        s.putInt(order.length);
        s.putInt(optimizer.stateSize());
        s.putInt(epoch);
        s.putInt(cursor);
        s.putLong(sampleUpdates);
        s.putLong(shuffleRng.state());
        s.putInt(snapshotEpoch);
        s.putBoolean(limitKnown);
        s.putDouble(explosionLimit);
        s.putDouble(epochLossSum);
        s.putDivergence(divergence);
        s.putParameters(network);
        s.putArray(epochStart);
        s.putInts(order);
        s.putOptimizer(optimizer);
        return s.data();
    }

    /**
     * Takes over the state of a {@link #snapshot} of a trainer of the same setup (network, data and
     * optimizer kind); refused with a sentence, and nothing changed, when it does not fit.
     */
    public void resume(double[] data) {
        TrainerSnapshot s = TrainerSnapshot.reading(data);
        OptimizerKind kind = OptimizerKind.values()[s.getInt("optimizer", 0, OptimizerKind.values().length - 1)];
        if (kind != config.optimizer()) {
            throw new IllegalArgumentException("snapshot: trained with " + kind.label() + ", this run uses "
                    + config.optimizer().label());
        }
        Loss loss = Loss.values()[s.getInt("loss", 0, Loss.values().length - 1)];
        int params = network.parameterCount();
        s.expect("weights", params);
        s.expect("training samples", order.length);
        Optimizer nextOptimizer = kind.create(network);
        s.expect("numbers of optimizer state", nextOptimizer.stateSize());
        int nextEpoch = s.getInt("epoch", 0, Integer.MAX_VALUE);
        int nextCursor = s.getInt("samples into the epoch", 0, Math.max(0, order.length - 1));
        long updates = s.getLong();
        long shuffleState = s.getLong();
        int startEpoch = s.getInt("epoch of the last good weights", 0, nextEpoch);
        boolean known = s.getBoolean();
        double limit = s.getDouble();
        double lossSum = s.getDouble();
        Divergence nextDivergence = s.getDivergence();
        double[] weights = s.getFinite("weight", params);
        double[] start = s.getFinite("weight of the epoch's start", params);
        int[] nextOrder = s.getPermutation(order.length);
        s.getOptimizer(nextOptimizer);
        s.end();
        network.copyParametersFrom(weights);
        System.arraycopy(start, 0, epochStart, 0, params);
        System.arraycopy(nextOrder, 0, order, 0, order.length);
        optimizer = nextOptimizer;
        limitLoss = loss;
        epoch = nextEpoch;
        cursor = nextCursor;
        sampleUpdates = updates;
        shuffleRng = new Rng(shuffleState);
        snapshotEpoch = startEpoch;
        limitKnown = known;
        explosionLimit = limit;
        epochLossSum = lossSum;
        divergence = nextDivergence;
    }

    /**
     * Changes how training goes on without touching the weights: learning rate, optimizer (its state
     * starts afresh when the kind changes), batch size, regularization. Clears a divergence.
     */
    public void setConfig(TrainingConfig newConfig) {
        new OutputHead(architecture.outputActivation(), newConfig.loss()).check();
        if (newConfig.optimizer() != config.optimizer()) {
            optimizer = newConfig.optimizer().create(network);
        }
        config = newConfig;
        divergence = null;
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
        for (int e = 0; e < epochs && divergence == null; e++) {
            do {
                trainOneBatch();
            } while (cursor != 0 && divergence == null);
        }
    }

    /** {@link #trainBatches} without the metrics at the end (see {@link #advance}). */
    public void advanceBatches(int batches) {
        for (int b = 0; b < batches && divergence == null; b++) {
            trainOneBatch();
        }
    }

    /** Sample updates done so far (what {@link #status()} reports as {@link StepResult#sampleUpdates()}). */
    public long sampleUpdates() {
        return sampleUpdates;
    }

    /** Runs {@code batches} batches, crossing epoch boundaries as needed. */
    public StepResult trainBatches(int batches) {
        for (int b = 0; b < batches && divergence == null; b++) {
            trainOneBatch();
        }
        return status();
    }

    /** Tells {@code l} about every step from now on (null: nobody); see {@link StepListener}. */
    public void setStepListener(StepListener l) {
        listener = l;
    }

    private void trainOneBatch() {
        int n = order.length;
        if (n == 0) {
            return; // nothing to learn from (a drawing without points yet): no step, no epoch
        }
        if (cursor == 0) {
            network.copyParametersTo(epochStart);
            snapshotEpoch = epoch;
            epochLossSum = 0;
            if (config.shuffle()) {
                shuffleRng.shuffleInPlace(order);
            }
            if (listener != null) {
                listener.epochStarting(network, epoch);
            }
        }
        int count = Math.min(Math.min(config.batchSize(), n), n - cursor);
        double batchLoss = Objective.computeGradients(network, train, order, cursor, count, config);
        Divergence.Reason stop = Divergence.reasonFor(batchLoss, explosionLimit());
        if (stop == null) {
            optimizer.applyGradientsInPlace(network, config.learningRate(), config.updateBiases(), config.clipNorm());
            cursor += count;
            sampleUpdates += count;
            epochLossSum += batchLoss * count;
            if (cursor == n) {
                cursor = 0;
                epoch++;
                if (!network.parametersFinite()) {
                    stop = Divergence.Reason.NON_FINITE_WEIGHTS;
                } else if (observer != null) {
                    observer.epochCompleted(epoch, epochLossSum / n);
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
        int at = snapshotEpoch;
        network.copyParametersFrom(epochStart);
        optimizer = config.optimizer().create(network);
        epoch = at;
        cursor = 0;
        double stable = probing ? Double.NaN : RateProbe.saferRate(this, epochStart, explosionLimit());
        boolean rateTrains = !Doubles.isNaN(stable);
        double suggested = rateTrains ? stable : LearningRates.ladder()[0];
        divergence = new Divergence(reason, at, config.learningRate(), suggested, train.maxAbsInput(), rateTrains);
    }

    /**
     * A trainer of the same setup that only tries out learning rates for {@link RateProbe}: it
     * suggests none of its own when it diverges.
     */
    Trainer newProbe() {
        Trainer probe = new Trainer(spec, architecture, config, train, test, seed);
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
        cursor = 0;
        divergence = null;
        explosionLimit = limit;
        limitKnown = true;
    }

    /** Metrics of the network as it is now, without training. */
    public StepResult status() {
        Metrics trainMetrics = Objective.evaluate(network, train, config.loss());
        Metrics testMetrics = Objective.evaluate(network, test, config.loss());
        return new StepResult(epoch, sampleUpdates, trainMetrics, testMetrics, divergence);
    }

    public Network network() {
        return network;
    }

    /** The fully connected shape this trainer was made for; null when it was made from an {@link Architecture}. */
    public NetworkSpec spec() {
        return spec;
    }

    /** What the trained network is built from. */
    public Architecture architecture() {
        return architecture;
    }

    public TrainingConfig config() {
        return config;
    }

    public TrainingData trainData() {
        return train;
    }

    /** The test set the metrics are taken over (empty when there is none). */
    public TrainingData testData() {
        return test;
    }

    /** Completed epochs. */
    public int epoch() {
        return epoch;
    }

    /** Samples already visited in the current epoch. */
    public int samplesIntoEpoch() {
        return cursor;
    }

    /** The divergence that stopped training, or null. */
    public Divergence divergence() {
        return divergence;
    }
}
