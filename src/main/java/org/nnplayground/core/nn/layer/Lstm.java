package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * The long short-term memory layer (Hochreiter and Schmidhuber 1997, with the forget gate of Gers
 * et al. 2000, no peepholes):
 * <pre>
 *   i_t = sigmoid(Wx_i x_t + Wh_i h_{t-1} + b_i)     input gate
 *   f_t = sigmoid(Wx_f x_t + Wh_f h_{t-1} + b_f)     forget gate
 *   g_t = tanh(Wx_g x_t + Wh_g h_{t-1} + b_g)        candidate
 *   o_t = sigmoid(Wx_o x_t + Wh_o h_{t-1} + b_o)     output gate
 *   c_t = f_t * c_{t-1} + i_t * g_t                  cell state
 *   h_t = o_t * tanh(c_t)
 * </pre>
 * with {@code h_{-1} = c_{-1} = 0}. The stacked rows are i, f, g, o in that order. The forget gate's
 * biases start at 1 whatever the initialisation says, so that a new cell remembers by default (Gers
 * et al.; Jozefowicz et al. 2015); the others start as the initialisation says. See
 * {@link Recurrent} for the shapes, the output modes and truncation; the output is h, the cell
 * state stays inside.
 */
public final class Lstm extends Recurrent {
    /** Starting value of the forget gate's biases. */
    public static final double FORGET_BIAS = 1.0;

    /**
     * An LSTM layer's description.
     *
     * @param hidden size of the hidden state (and of the cell state)
     * @param output every step's state or the last one
     * @param truncation steps per chunk of truncated backpropagation through time, 0 for none
     */
    public record Spec(int hidden, StepOutput output, int truncation) implements LayerSpec {
        public Spec {
            checkSpec("an LSTM layer", hidden, output, truncation);
        }

        @Override
        public Shape outputShape(Shape input) {
            return Recurrent.outputShape(input, hidden, output);
        }

        @Override
        public Lstm build(Shape input, Init init, Rng rng) {
            Lstm layer = new Lstm(input, this);
            layer.initialize(init, rng);
            for (int j = 0; j < layer.hidden; j++) {
                layer.b[layer.hidden + j] = FORGET_BIAS;
            }
            return layer;
        }
    }

    /** i, f, g, o of every step of the last forward pass: steps x (4 hidden). */
    private final double[] gates;
    /** Cell state of every step, steps x hidden. */
    private final double[] c;
    /** tanh(c) of every step, steps x hidden. */
    private final double[] tc;
    /** Pre-activations of one step, then dLoss/d(pre-activations) of one step: 4 hidden. */
    private final double[] a;
    /** dLoss/dh_{t-1} and dLoss/dc_{t-1} flowing back. */
    private final double[] back;
    private final double[] backCell;

    private Lstm(Shape input, Spec spec) {
        super(input, spec.hidden(), 4, spec.output(), spec.truncation());
        this.gates = new double[steps * rows];
        this.c = new double[steps * hidden];
        this.tc = new double[steps * hidden];
        this.a = new double[rows];
        this.back = new double[hidden];
        this.backCell = new double[hidden];
    }

    /** i, f, g and o of every step of the last {@link #forward} (steps x 4 hidden, in that order per step), live. */
    public double[] gateValues() {
        return gates;
    }

    /** The cell state of every step of the last {@link #forward}, steps x hidden, live. */
    public double[] cellStates() {
        return c;
    }

    @Override
    protected void stepsForward(double[] in, int from, int to) {
        int n2 = 2 * hidden;
        int n3 = 3 * hidden;
        for (int t = from; t < to; t++) {
            int at = t * hidden;
            int g = t * rows;
            preActivations(in, t, a, 0, rows, t > 0 ? h : null, at - hidden);
            for (int j = 0; j < hidden; j++) {
                double ig = DetMath.sigmoid(a[j]);
                double fg = DetMath.sigmoid(a[hidden + j]);
                double cand = DetMath.tanh(a[n2 + j]);
                double og = DetMath.sigmoid(a[n3 + j]);
                gates[g + j] = ig;
                gates[g + hidden + j] = fg;
                gates[g + n2 + j] = cand;
                gates[g + n3 + j] = og;
                double cell = ig * cand;
                if (t > 0) {
                    cell += fg * c[at - hidden + j];
                }
                c[at + j] = cell;
                double squashed = DetMath.tanh(cell);
                tc[at + j] = squashed;
                h[at + j] = og * squashed;
            }
        }
    }

    @Override
    protected void beginBackward() {
        for (int j = 0; j < hidden; j++) {
            back[j] = 0.0;
            backCell[j] = 0.0;
        }
    }

    @Override
    protected void stepsBackward(double[] in, double[] gradOut, double[] gradIn, int from, int to) {
        int n2 = 2 * hidden;
        int n3 = 3 * hidden;
        for (int t = from - 1; t >= to; t--) {
            int at = t * hidden;
            int above = aboveAt(t);
            int g = t * rows;
            boolean flows = flowsBack(t);
            for (int j = 0; j < hidden; j++) {
                double d = (above < 0 ? 0.0 : gradOut[above + j]) + back[j];
                dh[at + j] = d;
                double ig = gates[g + j];
                double fg = gates[g + hidden + j];
                double cand = gates[g + n2 + j];
                double og = gates[g + n3 + j];
                double squashed = tc[at + j];
                double dc = backCell[j] + d * og * (1.0 - squashed * squashed);
                double oldCell = t > 0 ? c[at - hidden + j] : 0.0;
                a[j] = (ig * (1.0 - ig)) * dc * cand; // the compound factor first, see JsArithmeticRuleTest
                a[hidden + j] = (fg * (1.0 - fg)) * dc * oldCell;
                a[n2 + j] = dc * ig * (1.0 - cand * cand);
                a[n3 + j] = (og * (1.0 - og)) * d * squashed;
                backCell[j] = flows ? dc * fg : 0.0;
                back[j] = 0.0;
            }
            inputGradients(in, t, a, gradIn);
            if (t > 0) {
                recurrentWeightGradients(a, 0, rows, h, at - hidden);
                if (flows) {
                    addRecurrentBackward(a, 0, rows, back);
                }
            }
        }
    }
}
