package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * The gated recurrent unit (Cho et al. 2014, in the form of Chung et al. 2014):
 * <pre>
 *   u_t = sigmoid(Wx_u x_t + Wh_u h_{t-1} + b_u)          update gate
 *   r_t = sigmoid(Wx_r x_t + Wh_r h_{t-1} + b_r)          reset gate
 *   n_t = tanh(Wx_n x_t + Wh_n (r_t * h_{t-1}) + b_n)     candidate state
 *   h_t = (1 - u_t) * h_{t-1} + u_t * n_t
 * </pre>
 * with {@code h_{-1} = 0} and {@code *} element by element. The stacked rows of {@code Wx}, {@code Wh}
 * and the biases are the update gate's, then the reset gate's, then the candidate's; see
 * {@link Recurrent} for the shapes, the output modes and truncation.
 */
public final class Gru extends Recurrent {
    /**
     * A GRU layer's description.
     *
     * @param hidden size of the hidden state
     * @param output every step's state or the last one
     * @param truncation steps per chunk of truncated backpropagation through time, 0 for none
     */
    public record Spec(int hidden, StepOutput output, int truncation) implements LayerSpec {
        public Spec {
            checkSpec("a GRU layer", hidden, output, truncation);
        }

        @Override
        public Shape outputShape(Shape input) {
            return Recurrent.outputShape(input, hidden, output);
        }

        @Override
        public Gru build(Shape input, Init init, Rng rng) {
            Gru layer = new Gru(input, this);
            layer.initialize(init, rng);
            return layer;
        }
    }

    /** u, r, n of every step of the last forward pass: steps x (3 hidden). */
    private final double[] gates;
    /** r_t * h_{t-1} of every step, steps x hidden (zero at the first step). */
    private final double[] reset;
    /** Pre-activations of one step, then dLoss/d(pre-activations) of one step: 3 hidden. */
    private final double[] a;
    /** dLoss/d(r_t * h_{t-1}) of one step. */
    private final double[] dReset;
    /** dLoss/dh_{t-1} flowing back. */
    private final double[] back;

    private Gru(Shape input, Spec spec) {
        super(input, spec.hidden(), 3, spec.output(), spec.truncation());
        this.gates = new double[steps * rows];
        this.reset = new double[steps * hidden];
        this.a = new double[rows];
        this.dReset = new double[hidden];
        this.back = new double[hidden];
    }

    /** u, r and n of every step of the last {@link #forward} (steps x 3 hidden, in that order per step), live. */
    public double[] gateValues() {
        return gates;
    }

    @Override
    protected void stepsForward(double[] in, int from, int to) {
        int n2 = 2 * hidden;
        for (int t = from; t < to; t++) {
            int at = t * hidden;
            int g = t * rows;
            double[] prev = t > 0 ? h : null;
            int prevAt = at - hidden;
            preActivations(in, t, a, 0, n2, prev, prevAt);
            for (int r = 0; r < n2; r++) {
                gates[g + r] = DetMath.sigmoid(a[r]);
            }
            for (int j = 0; j < hidden; j++) {
                reset[at + j] = prev == null ? 0.0 : gates[g + hidden + j] * prev[prevAt + j];
            }
            preActivations(in, t, a, n2, rows, prev == null ? null : reset, at);
            for (int j = 0; j < hidden; j++) {
                double u = gates[g + j];
                double cand = DetMath.tanh(a[n2 + j]);
                gates[g + n2 + j] = cand;
                double old = prev == null ? 0.0 : prev[prevAt + j];
                h[at + j] = (1.0 - u) * old + u * cand;
            }
        }
    }

    @Override
    protected void beginBackward() {
        for (int j = 0; j < hidden; j++) {
            back[j] = 0.0;
        }
    }

    @Override
    protected void stepsBackward(double[] in, double[] gradOut, double[] gradIn, int from, int to) {
        int n2 = 2 * hidden;
        for (int t = from - 1; t >= to; t--) {
            int at = t * hidden;
            int above = aboveAt(t);
            int g = t * rows;
            int prevAt = at - hidden;
            for (int j = 0; j < hidden; j++) {
                double d = (above < 0 ? 0.0 : gradOut[above + j]) + back[j];
                dh[at + j] = d;
                double u = gates[g + j];
                double cand = gates[g + n2 + j];
                double old = t > 0 ? h[prevAt + j] : 0.0;
                a[j] = (u * (1.0 - u)) * (cand - old) * d; // the compound factor first, see JsArithmeticRuleTest
                a[n2 + j] = d * u * (1.0 - cand * cand);
                back[j] = d * (1.0 - u); // the direct path h_{t-1} -> h_t; replaced below when it does not flow
            }
            // dLoss/d(r * h_{t-1}) = Wh_n^T da_n, then the reset gate's pre-activations.
            for (int k = 0; k < hidden; k++) {
                dReset[k] = 0.0;
            }
            addRecurrentBackward(a, n2, rows, dReset);
            for (int j = 0; j < hidden; j++) {
                double r = gates[g + hidden + j];
                double old = t > 0 ? h[prevAt + j] : 0.0;
                a[hidden + j] = (r * (1.0 - r)) * dReset[j] * old;
            }
            inputGradients(in, t, a, gradIn);
            if (t == 0) {
                continue;
            }
            recurrentWeightGradients(a, 0, n2, h, prevAt);
            recurrentWeightGradients(a, n2, rows, reset, at);
            if (flowsBack(t)) {
                for (int j = 0; j < hidden; j++) {
                    back[j] += dReset[j] * gates[g + hidden + j];
                }
                addRecurrentBackward(a, 0, n2, back);
            } else {
                for (int j = 0; j < hidden; j++) {
                    back[j] = 0.0;
                }
            }
        }
    }
}
