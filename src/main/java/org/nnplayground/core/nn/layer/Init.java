package org.nnplayground.core.nn.layer;

import org.nnplayground.core.Named;
import org.nnplayground.core.math.Rng;

/**
 * How a network's weights start. Weights are drawn from the core's seeded generator, so the same
 * seed gives the same initial network everywhere.
 */
public enum Init implements Named {
    /** Uniform in (-0.5, 0.5), biases 0.1: what TensorFlow Playground does. */
    UNIFORM("uniform", "Uniform ±0.5") {
        @Override double limit(int fanIn, int fanOut) { return 0.5; }
        @Override double bias() { return 0.1; }
    },
    /** Glorot (Xavier) uniform: ±sqrt(6 / (fanIn + fanOut)), biases 0; suits tanh and sigmoid. */
    GLOROT("glorot", "Glorot (Xavier)") {
        @Override double limit(int fanIn, int fanOut) { return Math.sqrt(6.0 / (fanIn + fanOut)); }
        @Override double bias() { return 0.0; }
    },
    /** He uniform: ±sqrt(6 / fanIn), biases 0; suits ReLU. */
    HE("he", "He (Kaiming)") {
        @Override double limit(int fanIn, int fanOut) { return Math.sqrt(6.0 / fanIn); }
        @Override double bias() { return 0.0; }
    };

    private final String id;
    private final String label;

    Init(String id, String label) {
        this.id = id;
        this.label = label;
    }

    abstract double limit(int fanIn, int fanOut);

    abstract double bias();

    /** Fills one layer's weights and biases from {@code rng}. */
    public void initializeInPlace(double[] weights, double[] biases, int fanIn, int fanOut, Rng rng) {
        double limit = limit(fanIn, fanOut);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rng.uniform(-limit, limit);
        }
        double bias = bias();
        for (int i = 0; i < biases.length; i++) {
            biases[i] = bias;
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

    /** The initialisation with this id, or null. */
    public static Init byId(String id) {
        return Named.byId(values(), id);
    }
}
