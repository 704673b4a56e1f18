package org.nnplayground.core.nn.layer;

import org.nnplayground.core.Named;
import org.nnplayground.core.math.DetMath;

/**
 * An activation function with its derivative, the two side by side so that they cannot drift apart.
 *
 * <p>{@link #derivative(double, double)} receives both the pre-activation {@code z} and the output
 * {@code y = apply(z)}, so functions whose derivative is cheap in terms of the output (sigmoid, tanh)
 * need not recompute it. {@link #SOFTMAX} couples the outputs of a layer; it is allowed for the output
 * layer only and is applied as a whole by the network's output head.
 */
public enum Activation implements Named {
    IDENTITY("linear", "Linear (identity)") {
        @Override public double apply(double z) { return z; }
        @Override public double derivative(double z, double y) { return 1.0; }
    },
    RELU("relu", "ReLU") {
        @Override public double apply(double z) { return z > 0.0 ? z : 0.0; }
        @Override public double derivative(double z, double y) { return z > 0.0 ? 1.0 : 0.0; }
    },
    LEAKY_RELU("leakyrelu", "Leaky ReLU") {
        @Override public double apply(double z) { return z > 0.0 ? z : LEAK * z; }
        @Override public double derivative(double z, double y) { return z > 0.0 ? 1.0 : LEAK; }
    },
    ELU("elu", "ELU") {
        @Override public double apply(double z) { return z > 0.0 ? z : DetMath.expm1(z); }
        @Override public double derivative(double z, double y) { return z > 0.0 ? 1.0 : y + 1.0; }
    },
    SIGMOID("sigmoid", "Sigmoid") {
        @Override public double apply(double z) { return DetMath.sigmoid(z); }
        @Override public double derivative(double z, double y) { return y * (1.0 - y); }
    },
    TANH("tanh", "Tanh") {
        @Override public double apply(double z) { return DetMath.tanh(z); }
        @Override public double derivative(double z, double y) { return 1.0 - y * y; }
    },
    SOFTPLUS("softplus", "Softplus") {
        @Override public double apply(double z) { return DetMath.softplus(z); }
        @Override public double derivative(double z, double y) { return DetMath.sigmoid(z); }
    },
    SILU("silu", "SiLU (swish)") {
        @Override public double apply(double z) { return z * DetMath.sigmoid(z); }
        @Override public double derivative(double z, double y) {
            double s = DetMath.sigmoid(z);
            return s + z * s * (1.0 - s);
        }
    },
    /** GELU in its tanh form, 0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3))). */
    GELU("gelu", "GELU") {
        @Override public double apply(double z) {
            return 0.5 * z * (1.0 + DetMath.tanh(GELU_SCALE * (z + GELU_CUBIC * z * z * z)));
        }
        @Override public double derivative(double z, double y) {
            double t = DetMath.tanh(GELU_SCALE * (z + GELU_CUBIC * z * z * z));
            return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * GELU_SCALE * (1.0 + 3.0 * GELU_CUBIC * z * z);
        }
    },
    SINE("sine", "Sine") {
        @Override public double apply(double z) { return DetMath.sin(z); }
        @Override public double derivative(double z, double y) { return DetMath.cos(z); }
    },
    /** Softmax over the whole output layer; the per-element methods are not defined for it. */
    SOFTMAX("softmax", "Softmax") {
        @Override public double apply(double z) {
            throw new UnsupportedOperationException("softmax is applied to a whole layer");
        }
        @Override public double derivative(double z, double y) {
            throw new UnsupportedOperationException("softmax is differentiated as a whole layer");
        }
    };

    /** Slope of {@link #LEAKY_RELU} for negative inputs. */
    public static final double LEAK = 0.01;
    private static final double GELU_SCALE = 0.7978845608028654; // sqrt(2 / pi)
    private static final double GELU_CUBIC = 0.044715;

    private final String id;
    private final String label;

    Activation(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** f(z). */
    public abstract double apply(double z);

    /** f'(z), given z and y = f(z). */
    public abstract double derivative(double z, double y);

    /**
     * {@code y[i] = apply(z[i])} for i in [from, to): the same values as {@link #apply}, with the
     * common activations in loops of their own so that the hot paths make direct calls, not one
     * virtual call per element. Not for {@link #SOFTMAX}.
     */
    public void applyAll(double[] z, double[] y, int from, int to) {
        if (this == TANH) {
            for (int i = from; i < to; i++) {
                y[i] = DetMath.tanh(z[i]);
            }
        } else if (this == RELU) {
            for (int i = from; i < to; i++) {
                double v = z[i];
                y[i] = v > 0.0 ? v : 0.0;
            }
        } else if (this == IDENTITY) {
            if (y != z) {
                System.arraycopy(z, from, y, from, to - from);
            }
        } else {
            for (int i = from; i < to; i++) {
                y[i] = apply(z[i]);
            }
        }
    }

    /**
     * {@code d[i] = g[i] * derivative(z[i], y[i])} for i in [0, n): the chain rule through this
     * activation, with the same values as {@link #derivative}. Not for {@link #SOFTMAX}.
     */
    public void backpropagate(double[] g, double[] z, double[] y, double[] d, int n) {
        backpropagate(g, z, y, 0, d, n);
    }

    /**
     * {@code d[i] = g[i] * derivative(z[at + i], y[at + i])} for i in [0, n): {@link #backpropagate}
     * for one step's values within arrays of many steps ({@code d} may be {@code g}). Not for {@link #SOFTMAX}.
     */
    public void backpropagate(double[] g, double[] z, double[] y, int at, double[] d, int n) {
        if (this == TANH) {
            for (int i = 0; i < n; i++) {
                double v = y[at + i];
                d[i] = g[i] * (1.0 - v * v);
            }
        } else if (this == RELU) {
            for (int i = 0; i < n; i++) {
                d[i] = g[i] * (z[at + i] > 0.0 ? 1.0 : 0.0);
            }
        } else {
            for (int i = 0; i < n; i++) {
                d[i] = g[i] * derivative(z[at + i], y[at + i]);
            }
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether this activation may be used in a hidden layer (all but softmax). */
    public boolean allowedInHiddenLayer() {
        return this != SOFTMAX;
    }

    /** The activation with this id, or null. */
    public static Activation byId(String id) {
        return Named.byId(values(), id);
    }
}
