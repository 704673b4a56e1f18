package org.nnplayground.core.view;

import org.nnplayground.core.nn.NetworkSpec;

/**
 * How much of a view's grid evaluation one animation frame may do, and at which resolutions, for a
 * network of a given size. Work is counted in multiply-adds: a grid point costs
 * {@link #costPerPoint} (every neuron's weighted sum plus its activation), so a 64 x 64 grid over a
 * network of 16 layers of 256 neurons is about 4.4 billion of them, seconds of work, while the
 * playground's default network needs 100 thousand.
 *
 * <p>Three figures bound it: the work of one frame ({@link #frameWork}); the work of a whole grid
 * while training runs (the picture then refreshes within a few frames, at a lower resolution if
 * need be); and the values a grid keeps (points times neurons, memory), which caps the resolution
 * a still picture refines to. Immutable.
 */
public final class GridBudget {
    /** Work counted for one activation, relative to one multiply-add (tanh and exp cost dozens). */
    static final long ACTIVATION_COST = 20;

    private final int[] resolutions;
    private final long frameWork;
    private final long runningGridWork;
    private final long maxValues;

    /**
     * @param resolutions     the resolutions a grid may have, ascending (the last one is the finest)
     * @param frameWork       work one frame may spend on the grid
     * @param runningGridWork work a whole grid may cost while training runs
     * @param maxValues       values (points x neurons) a grid may keep
     */
    public GridBudget(int[] resolutions, long frameWork, long runningGridWork, long maxValues) {
        if (resolutions.length == 0 || frameWork < 1 || runningGridWork < 1 || maxValues < 1) {
            throw new IllegalArgumentException("a grid budget needs resolutions and positive limits");
        }
        for (int i = 1; i < resolutions.length; i++) {
            if (resolutions[i] <= resolutions[i - 1]) {
                throw new IllegalArgumentException("resolutions must ascend");
            }
        }
        this.resolutions = resolutions.clone();
        this.frameWork = frameWork;
        this.runningGridWork = runningGridWork;
        this.maxValues = maxValues;
    }

    /** Work of evaluating one point through {@code spec}: each neuron's inputs plus its activation. */
    public static long costPerPoint(NetworkSpec spec) {
        long cost = 0;
        for (int l = 1; l <= spec.layerCount(); l++) {
            cost += (long) spec.width(l) * (spec.width(l - 1) + ACTIVATION_COST);
        }
        return Math.max(1, cost);
    }

    /** Neurons whose values a grid keeps, inputs included. */
    static long neurons(NetworkSpec spec) {
        long n = 0;
        for (int l = 0; l <= spec.layerCount(); l++) {
            n += spec.width(l);
        }
        return n;
    }

    /** Points of a grid of resolution r and {@code dimension} (r x r on a plane, r on a line). */
    static long points(int r, int dimension) {
        return dimension == 2 ? (long) r * r : r;
    }

    /** The resolutions, coarsest first. */
    public int[] resolutions() {
        return resolutions.clone();
    }

    public long frameWork() {
        return frameWork;
    }

    /** Points one frame may evaluate through {@code spec}: at least one. */
    public int pointsPerFrame(NetworkSpec spec) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, frameWork / costPerPoint(spec)));
    }

    /** The finest resolution a still picture of {@code spec} refines to (memory bound); at least the coarsest. */
    public int stillResolution(NetworkSpec spec, int dimension) {
        long neurons = neurons(spec);
        int best = resolutions[0];
        for (int r : resolutions) {
            if (points(r, dimension) * neurons <= maxValues) {
                best = r;
            }
        }
        return best;
    }

    /** The resolution while training runs: the finest whose whole grid fits the running work; at least the coarsest. */
    public int runningResolution(NetworkSpec spec, int dimension) {
        long cost = costPerPoint(spec);
        int still = stillResolution(spec, dimension);
        int best = resolutions[0];
        for (int r : resolutions) {
            if (r <= still && points(r, dimension) * cost <= runningGridWork) {
                best = r;
            }
        }
        return best;
    }

    /** The next finer resolution after {@code r} up to {@code limit}, or {@code r} itself at the limit. */
    int finer(int r, int limit) {
        for (int candidate : resolutions) {
            if (candidate > r && candidate <= limit) {
                return candidate;
            }
        }
        return r;
    }
}
