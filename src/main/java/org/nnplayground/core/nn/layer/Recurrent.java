package org.nnplayground.core.nn.layer;

import java.util.List;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;

/**
 * What the recurrent layer kinds ({@link Elman}, {@link Gru}, {@link Lstm}) share: a sequence input
 * of shape steps x features (one row of features per step, row-major), a hidden state of
 * {@code hidden} values that starts at zero for every sample, the output chosen by
 * {@link StepOutput}, and three parameter blocks: the input weights {@code Wx}
 * ({@code rows x features}), the recurrent weights {@code Wh} ({@code rows x hidden}) and the biases
 * ({@code rows}), where {@code rows} is {@code hidden} times the cell's number of gates, the gates'
 * rows stacked one after another.
 *
 * <p>{@link #backward} runs backpropagation through time over the whole sequence. With a truncation
 * of {@code k} steps the sequence is cut into chunks of {@code k} steps counted back from the last
 * step, and no gradient flows through the recurrent connection from one chunk into the one before
 * it: the result is the exact gradient of the network in which the state entering each chunk is a
 * constant (the value the forward pass gave it). A truncation of 0, or of at least as many steps as
 * the sequence has, is full backpropagation through time, bit for bit.
 *
 * <p>The states of the last forward pass and dLoss/dh of the last backward pass stay readable
 * ({@link #hiddenStates()}, {@link #hiddenGradients()}): what a view through time draws.
 */
public abstract class Recurrent implements Layer {
    /** Steps per sequence. */
    protected final int steps;
    /** Values per step of the input. */
    protected final int features;
    /** Size of the hidden state. */
    protected final int hidden;
    /** Rows of the stacked gate matrices: hidden times the number of gates. */
    protected final int rows;
    /** Input weights, rows x features, row-major. */
    protected final double[] wx;
    /** Recurrent weights, rows x hidden, row-major. */
    protected final double[] wh;
    /** Biases, one per row. */
    protected final double[] b;
    protected final double[] gwx;
    protected final double[] gwh;
    protected final double[] gb;
    /** Hidden state after each step of the last forward pass, steps x hidden. */
    protected final double[] h;
    /** dLoss/dh_t of the last backward pass, steps x hidden (within its chunk when truncated). */
    protected final double[] dh;
    private final Shape input;
    private final Shape output;
    private final StepOutput mode;
    private final int truncation;
    private final List<ParamBlock> parameters;

    /**
     * @param gates the cell's number of gates (1 for Elman)
     * @throws IllegalArgumentException when {@code input} is not steps x features
     */
    protected Recurrent(Shape input, int hidden, int gates, StepOutput mode, int truncation) {
        this.input = input;
        this.steps = steps(input);
        this.features = input.dim(1);
        this.hidden = hidden;
        this.rows = hidden * gates;
        this.mode = mode;
        this.truncation = truncation;
        this.output = outputShape(input, hidden, mode);
        this.wx = new double[rows * features];
        this.wh = new double[rows * hidden];
        this.b = new double[rows];
        this.gwx = new double[wx.length];
        this.gwh = new double[wh.length];
        this.gb = new double[rows];
        this.h = new double[steps * hidden];
        this.dh = new double[steps * hidden];
        this.parameters = List.of(ParamBlock.weights(wx, gwx, features, rows), ParamBlock.weights(wh, gwh, hidden, rows),
                ParamBlock.biases(b, gb));
    }

    /** The steps of a sequence input, which must be of shape steps x features. */
    static int steps(Shape input) {
        return steps(input, "a recurrent layer");
    }

    /** The same, naming the layer kind ({@code "a per-step dense layer"}) in the refusal. */
    static int steps(Shape input, String kind) {
        if (input.rank() != 2) {
            throw new IllegalArgumentException(kind + " takes a sequence of steps x features, not " + input);
        }
        return input.dim(0);
    }

    /** The output shape of a recurrent layer of {@code hidden} units on {@code input}. */
    static Shape outputShape(Shape input, int hidden, StepOutput mode) {
        int steps = steps(input);
        return mode == StepOutput.EVERY_STEP ? Shape.of(steps, hidden) : Shape.vector(hidden);
    }

    /** The checks every recurrent spec makes; {@code kind} names the layer ("a GRU layer"). */
    static void checkSpec(String kind, int hidden, StepOutput output, int truncation) {
        if (hidden < 1 || hidden > Limits.MAX_HIDDEN_SIZE) {
            throw new IllegalArgumentException("Hidden units of " + kind + ": " + hidden + " is not allowed; use 1 to "
                    + Limits.MAX_HIDDEN_SIZE);
        }
        if (output == null) {
            throw new IllegalArgumentException(kind + " needs its output: every step or the last step");
        }
        if (truncation < 0) {
            throw new IllegalArgumentException("truncation: " + truncation
                    + " steps is not allowed; use 0 for full backpropagation through time, or a number of steps");
        }
    }

    /**
     * Fills {@code Wx} then {@code Wh} from {@code rng} as {@code init} says (each with its own fan-in
     * and the stacked rows as fan-out) and sets every bias to the initialisation's bias.
     */
    protected final void initialize(Init init, Rng rng) {
        init.initializeInPlace(wx, b, features, rows, rng);
        init.initializeInPlace(wh, new double[0], hidden, rows, rng);
    }

    @Override
    public final Shape inputShape() {
        return input;
    }

    @Override
    public final Shape outputShape() {
        return output;
    }

    @Override
    public final List<ParamBlock> parameters() {
        return parameters;
    }

    /** The input weights ({@code rows x features}), the recurrent weights ({@code rows x hidden}) and the biases, live. */
    public final ParamBlock inputWeights() {
        return parameters.get(0);
    }

    public final ParamBlock recurrentWeights() {
        return parameters.get(1);
    }

    public final ParamBlock biases() {
        return parameters.get(2);
    }

    /** Multiply-adds of one forward pass: every step, every stacked row reads the step's input, the state and a bias. */
    @Override
    public long forwardCost() {
        return (long) steps * rows * (features + hidden + 1);
    }

    /** Size of the hidden state. */
    public final int hiddenSize() {
        return hidden;
    }

    /** Steps per sequence. */
    public final int steps() {
        return steps;
    }

    /** Every step's output, or the last step's only. */
    public final StepOutput stepOutput() {
        return mode;
    }

    /** Steps per chunk of truncated backpropagation through time; 0 when it is not truncated. */
    public final int truncation() {
        return truncation;
    }

    /** The hidden state after each step of the last forward pass, steps x hidden, live. */
    public final double[] hiddenStates() {
        return h;
    }

    /**
     * dLoss/dh_t for each step t of the last backward pass (steps x hidden, live): the gradient
     * through time. Accumulated over nothing: it is the last sample's.
     */
    public final double[] hiddenGradients() {
        return dh;
    }

    /**
     * The length of dLoss/dh_t for each step t of the last backward pass into {@code norms[0 .. steps)}:
     * the gradient through time, which shrinks step by step back from where the loss is when it
     * vanishes and grows when it explodes.
     */
    public final void gradientNormsThroughTime(double[] norms) {
        for (int t = 0; t < steps; t++) {
            double sum = 0.0;
            int at = t * hidden;
            for (int j = 0; j < hidden; j++) {
                sum += dh[at + j] * dh[at + j];
            }
            norms[t] = Math.sqrt(sum);
        }
    }

    /** The forward pass: every step in order, then the output. */
    @Override
    public final void forward(double[] in, double[] out) {
        stepsForward(in, 0, steps);
        emit(out);
    }

    /**
     * Steps [from, to) of the forward pass of {@code in}, and the output into {@code out} once the
     * last step is done: the pass in pieces, for a caller that spreads one long sequence over several
     * calls (see {@link org.nnplayground.core.nn.ForwardInPieces}). The steps before {@code from}
     * must be those of the same input, run by earlier calls with nothing else run through this layer
     * in between. The pieces give the bits of one {@link #forward}, which is this over all the steps.
     */
    public final void forwardSteps(double[] in, double[] out, int from, int to) {
        if (from < 0 || to > steps || from > to) {
            throw new IllegalArgumentException("steps " + from + " to " + to + " of a sequence of " + steps);
        }
        stepsForward(in, from, to);
        if (to == steps) {
            emit(out);
        }
    }

    /**
     * Steps [from, to) of the forward pass: each step's pre-activations, gates and states from the
     * step's input and the state of the step before (zero before the first).
     */
    protected abstract void stepsForward(double[] in, int from, int to);

    /** Backpropagation through time: every step from the last to the first (see the class comment). */
    @Override
    public final void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        beginBackward();
        stepsBackward(in, gradOut, gradIn, steps, 0);
    }

    /**
     * Steps [to, from) of the backward pass, the last of them first: the pass in pieces, as
     * {@link #forwardSteps} is the forward pass in pieces (see
     * {@link org.nnplayground.core.nn.BackwardInPieces}). The first call starts at {@code from} =
     * steps; each later one goes on from where the one before stopped, with nothing else run through
     * this layer in between. The pieces give the bits of one {@link #backward}.
     */
    public final void backwardSteps(double[] in, double[] gradOut, double[] gradIn, int from, int to) {
        if (to < 0 || from > steps || to > from) {
            throw new IllegalArgumentException("steps " + to + " to " + from + " of a sequence of " + steps);
        }
        if (from == steps) {
            beginBackward();
        }
        stepsBackward(in, gradOut, gradIn, from, to);
    }

    /** Clears what flows back from one step into the step before, before the last step's backward. */
    protected abstract void beginBackward();

    /**
     * Steps from - 1 down to {@code to} of the backward pass: each step's gradients from what arrives
     * from above at it and from the step after it, added to the parameters' gradients, and dLoss/dx_t
     * into {@code gradIn} unless it is null.
     */
    protected abstract void stepsBackward(double[] in, double[] gradOut, double[] gradIn, int from, int to);

    /** Writes the layer's output (every state, or the last one) from {@link #h} into {@code out}. */
    protected final void emit(double[] out) {
        if (mode == StepOutput.EVERY_STEP) {
            System.arraycopy(h, 0, out, 0, h.length);
        } else {
            System.arraycopy(h, (steps - 1) * hidden, out, 0, hidden);
        }
    }

    /**
     * Where dLoss/dh_t arriving from the layer above starts in {@code gradOut} for step {@code t} (unit
     * j at that index + j), or -1 when nothing arrives at that step (only the last step's state is the
     * output): asked once per step, so the per-unit loop reads the array directly.
     */
    protected final int aboveAt(int t) {
        if (mode == StepOutput.EVERY_STEP) {
            return t * hidden;
        }
        return t == steps - 1 ? 0 : -1;
    }

    /**
     * Whether the gradient of step {@code t} (t >= 1) flows back through the recurrent connection into
     * step t - 1: always, unless truncation cuts the sequence between them.
     */
    protected final boolean flowsBack(int t) {
        return t > 0 && (truncation == 0 || (steps - t) % truncation != 0);
    }

    /**
     * a[r] = b[r] + Wx[r] x_t + Wh[r] s for the stacked rows r in [from, to), where s is
     * {@code state[at .. at + hidden)}; {@code state} null stands for a zero state (the first step).
     * See {@link RecurrentKernels#preActivations}.
     */
    protected final void preActivations(double[] in, int t, double[] a, int from, int to, double[] state, int at) {
        RecurrentKernels.preActivations(this, in, t, a, from, to, state, at);
    }

    /**
     * Adds the stacked row gradients {@code da} of step t to the biases and the input weights, and
     * writes dLoss/dx_t into {@code gradIn} unless it is null. See {@link RecurrentKernels#inputGradients}.
     */
    protected final void inputGradients(double[] in, int t, double[] da, double[] gradIn) {
        RecurrentKernels.inputGradients(this, in, t, da, gradIn);
    }

    /**
     * Adds {@code da[from .. to) * state[at .. at + hidden)^T} to those rows of the recurrent weights'
     * gradients. See {@link RecurrentKernels#recurrentWeightGradients}.
     */
    protected final void recurrentWeightGradients(double[] da, int from, int to, double[] state, int at) {
        RecurrentKernels.recurrentWeightGradients(this, da, from, to, state, at);
    }

    /**
     * Adds Wh[from .. to)^T da[from .. to) to {@code g[0 .. hidden)}: the gradient into the previous
     * state. See {@link RecurrentKernels#addRecurrentBackward}.
     */
    protected final void addRecurrentBackward(double[] da, int from, int to, double[] g) {
        RecurrentKernels.addRecurrentBackward(this, da, from, to, g);
    }
}
