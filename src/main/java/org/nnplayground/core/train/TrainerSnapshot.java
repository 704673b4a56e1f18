package org.nnplayground.core.train;

import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;

/**
 * The reading and writing of a trainer's whole state as one flat array of numbers ({@link
 * Trainer#snapshot}, {@link Trainer#resume}): so that a run can be handed to another trainer built
 * from the same setup, e.g. in a Web Worker, and come back, and go on bit for bit as if it had never
 * moved. Only doubles are used, so that the array crosses into JavaScript as a Float64Array in every
 * build; a 64-bit integer is written as its two 32-bit halves, each exact as a double.
 *
 * <p>Layout: a magic number and version, the header (optimizer and loss, the sizes, the epoch and
 * cursor, the sample updates, the shuffle generator, the divergence guard), then the weights, the
 * weights at the start of the current epoch (which a divergence goes back to), the sample order and
 * the optimizer's state: what {@link #write} writes and {@link #read} reads back.
 */
final class TrainerSnapshot {
    static final double MAGIC = 0x4E4E5453; // "NNTS"
    static final double VERSION = 1;
    /** Numbers before the arrays. */
    static final int HEADER = 23;

    private final double[] data;
    private int at;

    private TrainerSnapshot(double[] data, int at) {
        this.data = data;
        this.at = at;
    }

    /** A snapshot to be written, with room for the header and {@code arrays} more numbers. */
    private static TrainerSnapshot writing(long arrays) {
        long size = HEADER + arrays;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("this run is too large to be handed over (" + size + " numbers)");
        }
        double[] data = new double[(int) size];
        data[0] = MAGIC;
        data[1] = VERSION;
        return new TrainerSnapshot(data, 2);
    }

    /** A snapshot to be read from {@code data}; refused with a sentence when it is not one. */
    private static TrainerSnapshot reading(double[] data) {
        if (data == null || data.length < HEADER || data[0] != MAGIC) {
            throw new IllegalArgumentException("snapshot: this is not a trainer's snapshot");
        }
        if (data[1] != VERSION) {
            throw new IllegalArgumentException("snapshot: version " + data[1] + " is not the one this build reads (" + VERSION + ")");
        }
        return new TrainerSnapshot(data, 2);
    }

    /**
     * What a snapshot carries, read and checked: the weights, the optimizer with its state and the
     * rest of the trainer's state, for a trainer to take over once all of it has been read.
     */
    record Contents(double[] weights, Optimizer optimizer, TrainerState state) {
    }

    /**
     * The snapshot of a trainer whose optimizer is of {@code kind}: the weights of {@code network},
     * the state of {@code optimizer} and {@code state}, in the layout above.
     */
    static double[] write(OptimizerKind kind, Network network, Optimizer optimizer, TrainerState state) {
        int params = network.parameterCount();
        int[] order = state.order;
        TrainerSnapshot s = writing(2L * params + order.length + optimizer.stateSize());
        s.putInt(kind.ordinal());
        s.putInt(state.limitLoss.ordinal());
        s.putInt(params);
        s.putInt(order.length);
        s.putInt(optimizer.stateSize());
        s.putInt(state.epoch);
        s.putInt(state.cursor);
        s.putLong(state.sampleUpdates);
        s.putLong(state.shuffleRng.state());
        s.putInt(state.snapshotEpoch);
        s.putBoolean(state.limitKnown);
        s.putDouble(state.explosionLimit);
        s.putDouble(state.epochLossSum);
        s.putDivergence(state.divergence);
        s.putParameters(network);
        s.putArray(state.epochStart);
        s.putInts(order);
        s.putOptimizer(optimizer);
        return s.data();
    }

    /**
     * Reads {@link #write}'s {@code data} for a trainer of the same setup: optimizer of {@code kind},
     * a network of {@code network}'s shape (which the new optimizer is made for) and {@code samples}
     * training samples. Refused with a sentence when it does not fit; nothing outside the returned
     * contents is changed either way.
     */
    static Contents read(double[] data, OptimizerKind kind, Network network, int samples) {
        TrainerSnapshot s = reading(data);
        OptimizerKind written = OptimizerKind.values()[s.getInt("optimizer", 0, OptimizerKind.values().length - 1)];
        if (written != kind) {
            throw new IllegalArgumentException("snapshot: trained with " + written.label() + ", this run uses "
                    + kind.label());
        }
        TrainerState state = new TrainerState();
        state.limitLoss = Loss.values()[s.getInt("loss", 0, Loss.values().length - 1)];
        int params = network.parameterCount();
        s.expect("weights", params);
        s.expect("training samples", samples);
        Optimizer optimizer = written.create(network);
        s.expect("numbers of optimizer state", optimizer.stateSize());
        state.epoch = s.getInt("epoch", 0, Integer.MAX_VALUE);
        state.cursor = s.getInt("samples into the epoch", 0, Math.max(0, samples - 1));
        state.sampleUpdates = s.getLong();
        state.shuffleRng = new Rng(s.getLong());
        state.snapshotEpoch = s.getInt("epoch of the last good weights", 0, state.epoch);
        state.limitKnown = s.getBoolean();
        state.explosionLimit = s.getDouble();
        state.epochLossSum = s.getDouble();
        state.divergence = s.getDivergence();
        double[] weights = s.getFinite("weight", params);
        state.epochStart = s.getFinite("weight of the epoch's start", params);
        state.order = s.getPermutation(samples);
        s.getOptimizer(optimizer);
        s.end();
        return new Contents(weights, optimizer, state);
    }

    /** The numbers written. */
    private double[] data() {
        return data;
    }

    private void putInt(int value) {
        data[at++] = value;
    }

    private void putLong(long value) {
        data[at++] = (int) (value >> 32);
        data[at++] = (int) value;
    }

    private void putDouble(double value) {
        data[at++] = value;
    }

    private void putBoolean(boolean value) {
        data[at++] = value ? 1 : 0;
    }

    private void putDivergence(Divergence d) {
        putInt(d == null ? -1 : d.reason().ordinal());
        putInt(d == null ? 0 : d.epoch());
        putDouble(d == null ? 0 : d.learningRate());
        putDouble(d == null ? 0 : d.suggestedLearningRate());
        putDouble(d == null ? 0 : d.largestInput());
        putBoolean(d != null && d.rateTrains());
    }

    /** Writes the parameters of {@code network}, block after block. */
    private void putParameters(Network network) {
        int count = network.parameterBlockCount();
        for (int i = 0; i < count; i++) {
            double[] values = network.parameterBlock(i).values();
            System.arraycopy(values, 0, data, at, values.length);
            at += values.length;
        }
    }

    private void putArray(double[] values) {
        System.arraycopy(values, 0, data, at, values.length);
        at += values.length;
    }

    private void putInts(int[] values) {
        for (int v : values) {
            data[at++] = v;
        }
    }

    private void putOptimizer(Optimizer optimizer) {
        optimizer.writeState(data, at);
        at += optimizer.stateSize();
    }

    /** An integer from {@code min} to {@code max}, else a sentence naming {@code what}. */
    private int getInt(String what, int min, int max) {
        double v = data[at++];
        if (!(v >= min && v <= max) || v != Math.floor(v)) {
            throw new IllegalArgumentException("snapshot: " + what + " " + v + " is not a whole number from " + min + " to " + max);
        }
        return (int) v;
    }

    /** Reads an integer and checks that it is {@code expected}. */
    private void expect(String what, int expected) {
        double v = data[at++];
        if (v != expected) {
            throw new IllegalArgumentException("snapshot: " + v + " " + what + ", this run has " + expected);
        }
    }

    private long getLong() {
        long high = getInt("a 64-bit number", Integer.MIN_VALUE, Integer.MAX_VALUE);
        long low = getInt("a 64-bit number", Integer.MIN_VALUE, Integer.MAX_VALUE);
        return (high << 32) | (low & 0xFFFFFFFFL);
    }

    private double getDouble() {
        return data[at++];
    }

    private boolean getBoolean() {
        return getInt("a yes or no", 0, 1) == 1;
    }

    /** The divergence written, or null. */
    private Divergence getDivergence() {
        Divergence.Reason[] reasons = Divergence.Reason.values();
        int reason = getInt("reason", -1, reasons.length - 1);
        int epoch = getInt("epoch of the divergence", 0, Integer.MAX_VALUE);
        double rate = getDouble();
        double suggested = getDouble();
        double largest = getDouble();
        boolean trains = getBoolean();
        return reason < 0 ? null : new Divergence(reasons[reason], epoch, rate, suggested, largest, trains);
    }

    /** The next {@code count} numbers as a new array, each a finite number, else a sentence naming {@code what}. */
    private double[] getFinite(String what, int count) {
        checkRoom(count);
        double[] values = new double[count];
        System.arraycopy(data, at, values, 0, count);
        at += count;
        for (double v : values) {
            // v - v is 0 for every finite number and NaN for NaN and the infinities: one subtraction
            // a number, where a snapshot of the largest networks holds millions
            if (v - v != 0) {
                throw new IllegalArgumentException("snapshot: every " + what + " must be a finite number");
            }
        }
        return values;
    }

    /** The next {@code count} numbers as an order of the samples 0 to count - 1, each once. */
    private int[] getPermutation(int count) {
        checkRoom(count);
        int[] order = new int[count];
        boolean[] seen = new boolean[count];
        for (int i = 0; i < count; i++) {
            int v = getInt("sample", 0, count - 1);
            if (seen[v]) {
                throw new IllegalArgumentException("snapshot: sample " + v + " comes twice in the order");
            }
            seen[v] = true;
            order[i] = v;
        }
        return order;
    }

    /** Puts the optimizer state written into {@code optimizer} (of the same kind and network). */
    private void getOptimizer(Optimizer optimizer) {
        int size = optimizer.stateSize();
        checkRoom(size);
        optimizer.readState(data, at);
        at += size;
    }

    /** Checks that every number was read. */
    private void end() {
        if (at != data.length) {
            throw new IllegalArgumentException("snapshot: " + (data.length - at) + " numbers left over");
        }
    }

    private void checkRoom(int count) {
        if (count > data.length - at) {
            throw new IllegalArgumentException("snapshot: cut short (" + (data.length - at) + " numbers left, "
                    + count + " needed)");
        }
    }
}
