package org.nnplayground.core.nn.layer;

import org.nnplayground.core.math.Rng;

/**
 * The plain (Elman) recurrent layer: {@code h_t = f(Wx x_t + Wh h_{t-1} + b)}, with {@code h_{-1} = 0}
 * and {@code f} any per-neuron activation (tanh by default). One gate, so {@code Wx} is
 * {@code hidden x features} and {@code Wh} {@code hidden x hidden}; see {@link Recurrent} for the
 * shapes, the output modes and truncation.
 */
public final class Elman extends Recurrent {
    /**
     * An Elman layer's description.
     *
     * @param hidden size of the hidden state
     * @param activation f, any per-neuron activation (not softmax)
     * @param output every step's state or the last one
     * @param truncation steps per chunk of truncated backpropagation through time, 0 for none
     */
    public record Spec(int hidden, Activation activation, StepOutput output, int truncation) implements LayerSpec {
        public Spec {
            checkSpec("a recurrent layer", hidden, output, truncation);
            if (activation == null || !activation.allowedInHiddenLayer()) {
                throw new IllegalArgumentException("a recurrent layer's activation must be one of the per-neuron ones, not "
                        + activation);
            }
        }

        /** A tanh layer, full backpropagation through time. */
        public static Spec tanh(int hidden, StepOutput output) {
            return new Spec(hidden, Activation.TANH, output, 0);
        }

        @Override
        public Shape outputShape(Shape input) {
            return Recurrent.outputShape(input, hidden, output);
        }

        @Override
        public Elman build(Shape input, Init init, Rng rng) {
            Elman layer = new Elman(input, this);
            layer.initialize(init, rng);
            return layer;
        }
    }

    private final Activation f;
    /** Pre-activations of every step of the last forward pass, steps x hidden. */
    private final double[] z;
    /** dLoss/dz of the step being backpropagated; in the forward pass, the pre-activations of the step being run. */
    private final double[] delta;
    /** dLoss/dh_{t-1} flowing back through the recurrent connection. */
    private final double[] back;

    private Elman(Shape input, Spec spec) {
        super(input, spec.hidden(), 1, spec.output(), spec.truncation());
        this.f = spec.activation();
        this.z = new double[steps * hidden];
        this.delta = new double[hidden];
        this.back = new double[hidden];
    }

    public Activation activation() {
        return f;
    }

    /** Pre-activations of every step of the last {@link #forward}, steps x hidden, live. */
    public double[] preActivations() {
        return z;
    }

    @Override
    protected void stepsForward(double[] in, int from, int to) {
        for (int t = from; t < to; t++) {
            int at = t * hidden;
            preActivations(in, t, delta, 0, hidden, t > 0 ? h : null, at - hidden);
            System.arraycopy(delta, 0, z, at, hidden);
            f.applyAll(z, h, at, at + hidden); // the same values as apply, without a virtual call per unit
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
        for (int t = from - 1; t >= to; t--) {
            int at = t * hidden;
            int above = aboveAt(t);
            for (int j = 0; j < hidden; j++) {
                double g = (above < 0 ? 0.0 : gradOut[above + j]) + back[j];
                dh[at + j] = g;
                delta[j] = g;
            }
            f.backpropagate(delta, z, h, at, delta, hidden);
            inputGradients(in, t, delta, gradIn);
            for (int j = 0; j < hidden; j++) {
                back[j] = 0.0;
            }
            if (t > 0) {
                recurrentWeightGradients(delta, 0, hidden, h, at - hidden);
                if (flowsBack(t)) {
                    addRecurrentBackward(delta, 0, hidden, back);
                }
            }
        }
    }
}
