package org.nnplayground.core.train;

import org.nnplayground.core.Named;
import org.nnplayground.core.nn.Network;

/** The update rules the trainer offers. */
public enum OptimizerKind implements Named {
    /** w -= lr * g. With batch size 1 this is the article's per-sample gradient descent. */
    SGD("sgd", "SGD"),
    /** Heavy-ball momentum 0.9: v = 0.9 v + g; w -= lr * v. */
    MOMENTUM("momentum", "Momentum"),
    /** Adam with beta1 0.9, beta2 0.999, epsilon 1e-8 and bias correction. */
    ADAM("adam", "Adam");

    private final String id;
    private final String label;

    OptimizerKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** A fresh optimizer of this kind, with zeroed state, for {@code network}. */
    public Optimizer create(Network network) {
        switch (this) {
            case MOMENTUM:
                return new MomentumOptimizer(network);
            case ADAM:
                return new AdamOptimizer(network);
            default:
                return new SgdOptimizer();
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

    public static OptimizerKind byId(String id) {
        return Named.byId(values(), id);
    }
}
