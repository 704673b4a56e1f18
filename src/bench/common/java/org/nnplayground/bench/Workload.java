package org.nnplayground.bench;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingData;
import org.nnplayground.core.view.ViewGrid;

/**
 * The benchmark's workloads, built from the core exactly as the playground builds them. Shared by
 * the browser entry point (compiled by TeaVM) and the JMH benchmarks (JVM), so every runtime trains
 * the same network on the same data from the same seed.
 *
 * <ul>
 *   <li>W1, the playground default: circle, 250 training points, 2 -> 4 tanh -> 2 tanh -> 1 tanh,
 *       squared error, SGD 0.03, batch 10 (the default preset, unchanged).</li>
 *   <li>W2, the playground at its widest: as W1 with six hidden layers of 8 tanh.</li>
 *   <li>W3, medium: 2,000 random samples (64 inputs uniform in [-1, 1], 10 classes) from the core's
 *       seeded generator; 64 -> 64 ReLU -> 64 ReLU -> 10 softmax, cross-entropy, SGD 0.03, batch 32.</li>
 *   <li>W4, W5, W6: networks of layers (a character model of two LSTM layers, an Elman network on a
 *       sine, a small convnet on digits), see {@link LayeredWorkloads}. Their throughput is counted in
 *       {@link #unit()}s: characters, sequence steps, images.</li>
 * </ul>
 *
 * <p>Each repetition resets the trainer (initial weights, identity sample order, fresh shuffle
 * generator) and trains {@link #epochsPerRep()} epochs, so every repetition does the same work.
 * W1 to W3 train with {@link Trainer#trainEpochs}, which ends with the metrics over the data sets
 * (as the page's calls do); W4 to W6 with {@link Trainer#advance}, training alone, as the
 * hand-written reference does.
 */
public enum Workload {
    W1("playground default", 1000, 200),
    W2("playground max", 200, 40),
    W3("medium", 2, 0),
    W4("char model", 2, 0),
    W5("sine", 30, 0),
    W6("digits convnet", 1, 0);

    /** Grid side of workload G: 100 x 100 points. */
    public static final int GRID_SIDE = 100;
    /** W3's data. */
    public static final int W3_SAMPLES = 2000;
    public static final int W3_INPUTS = 64;
    public static final int W3_CLASSES = 10;
    private static final long W3_DATA_SEED = 20240601L;
    private static final long W3_TRAINER_SEED = 7L;
    private static final long LAYERED_TRAINER_SEED = 11L;

    private final String title;
    private final int epochsPerRep;
    private final int gridRepsPerRep;

    Workload(String title, int epochsPerRep, int gridRepsPerRep) {
        this.title = title;
        this.epochsPerRep = epochsPerRep;
        this.gridRepsPerRep = gridRepsPerRep;
    }

    public String title() {
        return title;
    }

    /** Epochs trained in one timed repetition (the same for every runtime). */
    public int epochsPerRep() {
        return epochsPerRep;
    }

    /** Whether the network is built from layers (W4, W5, W6) rather than a fully connected spec. */
    public boolean layered() {
        return ordinal() >= W4.ordinal();
    }

    /** What the throughput counts: one per sample for W1 to W3, one per character, step or image for W4 to W6. */
    public String unit() {
        switch (this) {
            case W4:
                return "characters";
            case W5:
                return "sequence steps";
            case W6:
                return "images";
            default:
                return "sample-updates";
        }
    }

    /** Units of {@link #unit()} in one training sample: the steps of a sequence, else 1. */
    public int unitsPerSample() {
        switch (this) {
            case W4:
                return LayeredWorkloads.W4_STEPS;
            case W5:
                return LayeredWorkloads.W5_STEPS;
            default:
                return 1;
        }
    }

    /**
     * One timed repetition's training: {@code epochs} epochs with {@link Trainer#trainEpochs} (W1 to
     * W3) or {@link Trainer#advance} (W4 to W6); returns the epoch reached, for the caller to keep.
     */
    public int train(Trainer trainer, int epochs) {
        if (layered()) {
            trainer.advance(epochs);
        } else {
            trainer.trainEpochs(epochs);
        }
        return trainer.epoch();
    }

    /** Whether workload G evaluates this network on the grid. */
    public boolean hasGrid() {
        return gridRepsPerRep > 0;
    }

    /** Whole-grid evaluations in one timed repetition of G. */
    public int gridRepsPerRep() {
        return gridRepsPerRep;
    }

    /** The workload with this name (W1, W2, W3), or an exception that lists them. */
    public static Workload byName(String name) {
        for (Workload w : values()) {
            if (w.name().equals(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload " + name + "; use W1 to W6");
    }

    /** A trainer at epoch 0. */
    public Trainer newTrainer() {
        switch (this) {
            case W1:
                return checked(defaultState()).newTrainer();
            case W2:
                return checked(widest(defaultState())).newTrainer();
            case W4:
                return LayeredWorkloads.charModel(LAYERED_TRAINER_SEED);
            case W5:
                return LayeredWorkloads.sine(LAYERED_TRAINER_SEED);
            case W6:
                return LayeredWorkloads.digits(LAYERED_TRAINER_SEED);
            default:
                return mediumTrainer();
        }
    }

    /** The seed the trainer draws its initial weights and its shuffle generator from. */
    public long trainerSeed() {
        if (layered()) {
            return LAYERED_TRAINER_SEED;
        }
        return this == W3 ? W3_TRAINER_SEED : defaultState().seed();
    }

    /**
     * The starting state of the trainer's shuffle generator: {@link Trainer#reset()} splits a
     * generator seeded with {@link #trainerSeed()} twice, first for the weights, then for the sample
     * order; {@link Rng#split()} seeds the new generator with the next output xor a constant. The
     * hand-written reference replays this state; the benchmark page checks that its sample order
     * gives the same losses as the Java trainer.
     */
    public long shuffleState() {
        Rng rng = new Rng(trainerSeed());
        rng.nextLong();
        return rng.nextLong() ^ 0x6A09E667F3BCC909L;
    }

    private static PlaygroundState defaultState() {
        return Presets.defaultPreset().state();
    }

    private static PlaygroundState widest(PlaygroundState s) {
        List<Integer> sizes = new ArrayList<>();
        List<Activation> activations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sizes.add(8);
            activations.add(Activation.TANH);
        }
        return s.withHidden(sizes, activations);
    }

    /** Refuses to measure something else should the default preset ever change. */
    private PlaygroundState checked(PlaygroundState s) {
        TrainingConfig t = s.training();
        NetworkSpec spec = s.networkSpec();
        boolean ok = spec.inputs() == 2 && spec.outputs() == 1 && spec.outputActivation() == Activation.TANH
                && t.loss() == Loss.SQUARED_ERROR && t.optimizer() == OptimizerKind.SGD && t.learningRate() == 0.03
                && t.batchSize() == 10 && s.data().points() == 500 && s.data().trainFraction() == 0.5
                && (this == W1 ? spec.hiddenSizes().equals(List.of(4, 2)) : spec.hiddenSizes().size() == 6);
        if (!ok) {
            throw new IllegalStateException(name() + ": the default preset no longer is the workload the benchmark "
                    + "describes (2 inputs, tanh, squared error, SGD 0.03, batch 10, 250 training points): " + s);
        }
        return s;
    }

    private static Trainer mediumTrainer() {
        Rng rng = new Rng(W3_DATA_SEED);
        double[] inputs = new double[W3_SAMPLES * W3_INPUTS];
        int[] labels = new int[W3_SAMPLES];
        for (int i = 0; i < W3_SAMPLES; i++) {
            for (int j = 0; j < W3_INPUTS; j++) {
                inputs[i * W3_INPUTS + j] = rng.uniform(-1.0, 1.0);
            }
            labels[i] = rng.nextInt(W3_CLASSES);
        }
        NetworkSpec spec = NetworkSpec.of(W3_INPUTS, new int[] {64, 64}, Activation.RELU, W3_CLASSES, Activation.SOFTMAX);
        TrainingData train = TrainingData.classification(W3_SAMPLES, W3_INPUTS, inputs, labels, W3_CLASSES, W3_CLASSES,
                Activation.SOFTMAX);
        TrainingData test = TrainingData.classification(0, W3_INPUTS, new double[0], new int[0], W3_CLASSES, W3_CLASSES,
                Activation.SOFTMAX);
        TrainingConfig config = TrainingConfig.of(Loss.SOFTMAX_CROSS_ENTROPY, 0.03, 32);
        return new Trainer(spec, config, train, test, W3_TRAINER_SEED);
    }

    /**
     * An evaluator for G: a 100 x 100 grid of cell centres over the playground's input square
     * (-6 .. 6), inputs x1 and x2 written by the view code the page uses.
     */
    public static GridEvaluator newGridEvaluator(NetworkSpec spec) {
        GridEvaluator evaluator = new GridEvaluator(spec, GRID_SIDE * GRID_SIDE);
        ViewGrid.plane(Domain.INPUT_SQUARE, GRID_SIDE)
                .writeInputs(FeatureSet.defaults(), evaluator);
        return evaluator;
    }

    /** Sum of every neuron's output over the grid (layer by layer, neuron by neuron, point by point). */
    public static double gridChecksum(GridEvaluator evaluator) {
        double sum = 0.0;
        int points = evaluator.points();
        for (int l = 1; l <= evaluator.spec().layerCount(); l++) {
            double[] v = evaluator.values(l);
            for (int n = 0; n < evaluator.spec().width(l); n++) {
                int row = n * evaluator.capacity();
                for (int p = 0; p < points; p++) {
                    sum += v[row + p];
                }
            }
        }
        return sum;
    }
}
