package org.nnplayground.web.bench;

import org.nnplayground.bench.Workload;
import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingData;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The benchmark's browser entry point, compiled by TeaVM (wasm-gc and JS) in the bench profile
 * only, next to but never into the product's site: the product's exports stay as they are.
 *
 * <p>Timed functions measure with {@code performance.now()} around the core's own calls and return
 * milliseconds; everything else (building trainers, resetting, handing data to the hand-written
 * reference) happens outside the timed region.
 */
public final class BenchMain {
    private static final Trainer[] TRAINERS = new Trainer[Workload.values().length];
    private static final GridEvaluator[] GRIDS = new GridEvaluator[Workload.values().length];

    /** Results of the piece loops, kept so that the compilers cannot drop the loops. */
    private static double sink;

    private BenchMain() {
    }

    public static void main(String[] args) {
        // Nothing to start: the page calls the exported functions.
    }

    @JSBody(script = "return performance.now();")
    private static native double now();

    private static Trainer trainer(String name) {
        Workload w = Workload.byName(name);
        if (TRAINERS[w.ordinal()] == null) {
            TRAINERS[w.ordinal()] = w.newTrainer();
        }
        return TRAINERS[w.ordinal()];
    }

    private static GridEvaluator grid(String name) {
        Workload w = Workload.byName(name);
        if (GRIDS[w.ordinal()] == null) {
            GRIDS[w.ordinal()] = Workload.newGridEvaluator(trainer(name).spec());
        }
        return GRIDS[w.ordinal()];
    }

    /** Back to epoch 0: initial weights, identity order, fresh shuffle generator. Not timed. */
    @JSExport
    public static void benchReset(String workload) {
        trainer(workload).reset();
    }

    /** Trains {@code epochs} epochs (see {@link Workload#train}); returns the elapsed milliseconds. */
    @JSExport
    public static double benchTrain(String workload, int epochs) {
        Workload w = Workload.byName(workload);
        Trainer t = trainer(workload);
        double start = now();
        int reached = w.train(t, epochs);
        double ms = now() - start;
        sink += reached;
        return ms;
    }

    /** Mean training loss of the current weights (to check that all runtimes did the same). */
    @JSExport
    public static double benchTrainLoss(String workload) {
        return trainer(workload).status().train().loss();
    }

    /** Evaluates the current network {@code reps} times on the 100 x 100 grid; returns the elapsed milliseconds. */
    @JSExport
    public static double benchGrid(String workload, int reps) {
        Network network = trainer(workload).network();
        GridEvaluator evaluator = grid(workload);
        int points = evaluator.capacity();
        double start = now();
        for (int r = 0; r < reps; r++) {
            evaluator.evaluate(network, points);
        }
        return now() - start;
    }

    /** Sum of every neuron's output of the last grid evaluation. */
    @JSExport
    public static double benchGridChecksum(String workload) {
        return Workload.gridChecksum(grid(workload));
    }

    /**
     * The workload as JSON: layer widths and activations, loss, learning rate, batch size, sample
     * count, epochs and grid evaluations per repetition, and the shuffle generator's starting state
     * as two unsigned 32-bit halves.
     */
    @JSExport
    public static String benchDescribe(String workload) {
        Workload w = Workload.byName(workload);
        Trainer t = trainer(workload);
        if (w.layered()) {
            return layeredDescription(w, t);
        }
        NetworkSpec spec = t.spec();
        StringBuilder widths = new StringBuilder();
        StringBuilder activations = new StringBuilder();
        for (int l = 0; l <= spec.layerCount(); l++) {
            widths.append(l == 0 ? "" : ",").append(spec.width(l));
            if (l > 0) {
                Activation a = spec.activation(l);
                activations.append(l == 1 ? "" : ",").append('"').append(a.id()).append('"');
            }
        }
        long shuffle = w.shuffleState();
        return "{\"name\":\"" + w.name() + "\",\"title\":\"" + w.title() + "\""
                + ",\"widths\":[" + widths + "],\"activations\":[" + activations + "]"
                + ",\"loss\":\"" + t.config().loss().id() + "\""
                + ",\"optimizer\":\"" + t.config().optimizer().id() + "\""
                + ",\"learningRate\":" + t.config().learningRate()
                + ",\"batchSize\":" + t.config().batchSize()
                + ",\"shuffle\":" + t.config().shuffle()
                + ",\"samples\":" + t.trainData().size()
                + ",\"epochsPerRep\":" + w.epochsPerRep()
                + ",\"gridRepsPerRep\":" + w.gridRepsPerRep()
                + ",\"gridPoints\":" + (Workload.GRID_SIDE * Workload.GRID_SIDE)
                + ",\"shuffleHi\":" + (shuffle >>> 32)
                + ",\"shuffleLo\":" + (shuffle & 0xFFFFFFFFL) + "}";
    }

    /**
     * A workload of layers as JSON: the layers (see {@link LayerJson}), the output activation, loss,
     * optimizer, learning rate, batch size, samples, input and output values per sample, units per
     * sample and their name, epochs per repetition and the shuffle generator's starting state.
     */
    private static String layeredDescription(Workload w, Trainer t) {
        long shuffle = w.shuffleState();
        return "{\"name\":\"" + w.name() + "\",\"title\":\"" + w.title() + "\""
                + ",\"layers\":" + LayerJson.layers(t.network())
                + ",\"outputActivation\":\"" + t.architecture().outputActivation().id() + "\""
                + ",\"loss\":\"" + t.config().loss().id() + "\""
                + ",\"optimizer\":\"" + t.config().optimizer().id() + "\""
                + ",\"learningRate\":" + t.config().learningRate()
                + ",\"batchSize\":" + t.config().batchSize()
                + ",\"clipNorm\":" + t.config().clipNorm()
                + ",\"shuffle\":" + t.config().shuffle()
                + ",\"samples\":" + t.trainData().size()
                + ",\"inputSize\":" + t.trainData().inputSize()
                + ",\"outputSize\":" + t.trainData().outputSize()
                + ",\"unit\":\"" + w.unit() + "\""
                + ",\"unitsPerSample\":" + w.unitsPerSample()
                + ",\"epochsPerRep\":" + w.epochsPerRep()
                + ",\"gridRepsPerRep\":0"
                + ",\"shuffleHi\":" + (shuffle >>> 32)
                + ",\"shuffleLo\":" + (shuffle & 0xFFFFFFFFL) + "}";
    }

    /**
     * Data for the hand-written reference, copied out of the core: {@code inputs} and {@code targets}
     * (row-major, one row per training sample), {@code params} (the initial weights and biases, per
     * layer the weights row-major then the biases, after a reset) and {@code grid} (the grid's inputs,
     * neuron-major: all x1, then all x2).
     */
    @JSExport
    public static Float64Array benchArray(String workload, String what) {
        Trainer t = trainer(workload);
        TrainingData data = t.trainData();
        double[] values;
        switch (what) {
            case "inputs":
                values = new double[data.size() * data.inputSize()];
                for (int i = 0; i < data.size(); i++) {
                    for (int j = 0; j < data.inputSize(); j++) {
                        values[i * data.inputSize() + j] = data.input(i, j);
                    }
                }
                break;
            case "targets":
                values = new double[data.size() * data.outputSize()];
                for (int i = 0; i < data.size(); i++) {
                    for (int j = 0; j < data.outputSize(); j++) {
                        values[i * data.outputSize() + j] = data.target(i, j);
                    }
                }
                break;
            case "params":
                t.reset();
                values = t.network().parameterBuffer();
                t.network().copyParametersTo(values);
                break;
            case "grid":
                GridEvaluator g = grid(workload);
                int n = g.capacity();
                values = new double[t.architecture().inputs() * n];
                System.arraycopy(g.inputs(), 0, values, 0, values.length);
                break;
            default:
                throw new IllegalArgumentException("unknown array " + what + "; use inputs, targets, params or grid");
        }
        return Float64Array.copyFromJavaArray(values);
    }

    /**
     * The order of {@code 0 .. n-1} after {@code shuffles} shuffles by a generator seeded with
     * {@code hi << 32 | lo}: lets the page check the reference's own SplitMix64 and Fisher-Yates
     * against the core's.
     */
    @JSExport
    public static Float64Array benchShuffleProbe(double hi, double lo, int n, int shuffles) {
        Rng rng = new Rng(((long) hi << 32) | (long) lo);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int s = 0; s < shuffles; s++) {
            rng.shuffleInPlace(order);
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = order[i];
        }
        return Float64Array.copyFromJavaArray(values);
    }

    /** {@code reps} x {@code n} calls of the core's DetMath.tanh on x = -3 + 6 i / n; returns the elapsed ms. */
    @JSExport
    public static double benchTanh(int n, int reps) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -3.0 + 6.0 * i / n;
        }
        double sum = 0.0;
        double start = now();
        for (int r = 0; r < reps; r++) {
            for (int j = 0; j < n; j++) {
                sum += DetMath.tanh(x[j]);
            }
        }
        double ms = now() - start;
        sink += sum;
        return ms;
    }

    /** {@code reps} shuffles of {@code n} indices by the core's Rng (what the trainer does per epoch); returns ms. */
    @JSExport
    public static double benchShuffle(int n, int reps) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Rng rng = new Rng(0x123456789ABCDEF0L);
        double start = now();
        for (int r = 0; r < reps; r++) {
            rng.shuffleInPlace(order);
        }
        double ms = now() - start;
        sink += order[0];
        return ms;
    }

    /**
     * {@code reps} calls of {@link Trainer#status()}, the metrics over the training and test sets
     * that every {@code trainEpochs} call (so every frame of the page) ends with; returns ms.
     */
    @JSExport
    public static double benchStatus(String workload, int reps) {
        Trainer t = trainer(workload);
        double start = now();
        for (int r = 0; r < reps; r++) {
            sink += t.status().train().loss();
        }
        return now() - start;
    }
}
