package org.nnplayground.core.nn;

import org.nnplayground.core.Named;
import org.nnplayground.core.math.DetMath;

/**
 * A loss function and its gradient with respect to the network's outputs.
 *
 * <p>Convention, used everywhere in the core: the loss of one sample is the <em>sum</em> over its
 * outputs, and the loss of a batch (and of a data set) is the <em>mean</em> over its samples.
 * Squared error is {@code (o - t)^2} without a factor 1/2, as in the introductory article, so that
 * for one linear node dL/dw = 2 (o - t) x. Regularization penalties are not part of these values.
 * Which loss fits which output activation is {@link OutputHead}'s rule.
 */
public enum Loss implements Named {
    /** (o - t)^2 per output. */
    SQUARED_ERROR("mse", "Squared error") {
        @Override public double value(double o, double t) {
            double d = o - t;
            return d * d;
        }
        @Override public double gradient(double o, double t) {
            return 2.0 * (o - t);
        }
    },
    /** -(t log o + (1 - t) log(1 - o)) per output; needs outputs in (0, 1), i.e. a sigmoid output. */
    BINARY_CROSS_ENTROPY("bce", "Binary cross-entropy") {
        @Override public double value(double o, double t) {
            double p = clampProbability(o);
            return -(t * DetMath.log(p) + (1.0 - t) * DetMath.log(1.0 - p));
        }
        @Override public double gradient(double o, double t) {
            double p = clampProbability(o);
            return (p - t) / (p * (1.0 - p));
        }
    },
    /** -sum t log o over the outputs of a softmax layer. */
    SOFTMAX_CROSS_ENTROPY("ce", "Softmax cross-entropy") {
        @Override public double value(double o, double t) {
            return t == 0.0 ? 0.0 : -t * DetMath.log(clampProbability(o));
        }
        @Override public double gradient(double o, double t) {
            return t == 0.0 ? 0.0 : -t / clampProbability(o);
        }
    };

    private static final double MIN_PROBABILITY = 1e-15;

    private final String id;
    private final String label;

    Loss(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The loss contributed by one output {@code o} with target {@code t}. */
    public abstract double value(double o, double t);

    /** dL/do for one output. */
    public abstract double gradient(double o, double t);

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The loss with this id, or null. */
    public static Loss byId(String id) {
        return Named.byId(values(), id);
    }

    private static double clampProbability(double p) {
        return p < MIN_PROBABILITY ? MIN_PROBABILITY : (p > 1.0 - MIN_PROBABILITY ? 1.0 - MIN_PROBABILITY : p);
    }
}
