package org.nnplayground.core.train;

import org.nnplayground.core.Named;

/**
 * A penalty on the weights (never on the biases), added to the objective as
 * {@code rate * sum penalty(w)}. It is not part of the reported train and test loss.
 */
public enum Regularization implements Named {
    NONE("none", "None") {
        @Override public double penalty(double w) { return 0.0; }
        @Override public double derivative(double w) { return 0.0; }
    },
    /** |w|; its derivative is sign(w), 0 at 0. */
    L1("l1", "L1") {
        @Override public double penalty(double w) { return Math.abs(w); }
        @Override public double derivative(double w) { return w > 0.0 ? 1.0 : (w < 0.0 ? -1.0 : 0.0); }
    },
    /** w^2 / 2; its derivative is w. */
    L2("l2", "L2") {
        @Override public double penalty(double w) { return 0.5 * w * w; }
        @Override public double derivative(double w) { return w; }
    };

    private final String id;
    private final String label;

    Regularization(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public abstract double penalty(double w);

    public abstract double derivative(double w);

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public static Regularization byId(String id) {
        return Named.byId(values(), id);
    }
}
