package org.nnplayground.core.teach;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.train.StepListener;
import org.nnplayground.core.text.NumberFormat;

/**
 * The loss of each training step and, for a one-node model y = w x + b, the weight and bias after
 * it, recorded as the trainer takes the steps ({@link StepListener}). Either the steps of the epoch
 * under way (cleared when the next epoch starts) or the first steps of a run (kept until
 * {@link #clear}). Either way a diverging run's last steps stay: the trainer puts the weights back,
 * but the record shows how they ran away.
 *
 * <p>Step k (1-based) has the loss of its batch, measured before its update, and the weights after
 * it; point 0 holds the weights the record starts from (and no loss). The step at which training
 * diverged has its loss but no weights (NaN): its update was not taken. At most {@code capacity}
 * steps are kept; later ones are counted but not stored.
 */
public final class StepTrajectory implements StepListener {
    private final boolean perEpoch;
    private final double[] loss;
    private final double[] w;
    private final double[] b;
    private int steps;
    private int epoch;
    private boolean started;
    private boolean diverged;

    /**
     * A record of up to {@code capacity} steps: those of the epoch under way when {@code perEpoch},
     * else the first ones since {@link #clear}.
     */
    public StepTrajectory(int capacity, boolean perEpoch) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + ": at least one step");
        }
        this.perEpoch = perEpoch;
        loss = new double[capacity + 1];
        w = new double[capacity + 1];
        b = new double[capacity + 1];
    }

    /** Forgets every step; the next epoch to start begins the record. */
    public void clear() {
        steps = 0;
        started = false;
        diverged = false;
    }

    @Override
    public void epochStarting(Network network, int epochsDone) {
        if (perEpoch || !started) {
            steps = 0;
            diverged = false;
            started = true;
            epoch = epochsDone;
            keepWeights(0, network);
            loss[0] = Double.NaN;
        }
    }

    @Override
    public void batchTrained(Network network, double batchLoss, boolean stopped) {
        if (!started || diverged) {
            return;
        }
        steps++;
        if (steps < loss.length) {
            loss[steps] = batchLoss;
            if (stopped) {
                w[steps] = Double.NaN;
                b[steps] = Double.NaN;
            } else {
                keepWeights(steps, network);
            }
        }
        diverged = stopped;
    }

    private void keepWeights(int i, Network network) {
        boolean node = StepInspector.applies(network);
        w[i] = node ? network.weightBlock(1).get(0, 0) : Double.NaN;
        b[i] = node ? network.biasBlock(1).get(0, 0) : Double.NaN;
    }

    /** Steps taken since the record began (some may be beyond the capacity). */
    public int steps() {
        return steps;
    }

    /** Steps stored: points 1..stored() have a loss. */
    public int stored() {
        return Math.min(steps, loss.length - 1);
    }

    /** Steps that can be stored. */
    public int capacity() {
        return loss.length - 1;
    }

    /** Epochs done before the first recorded step. */
    public int epoch() {
        return epoch;
    }

    /** Whether training diverged at the last recorded step. */
    public boolean diverged() {
        return diverged;
    }

    /** The loss of step {@code k}'s batch (1-based), before its update. */
    public double loss(int k) {
        return loss[k];
    }

    /** The weight after step {@code k}, point 0 being the start; NaN when there is none. */
    public double weight(int k) {
        return w[k];
    }

    /**
     * The record in words, for a text alternative: how many steps, the weight after the last one
     * taken and the loss of the last step, and whether training diverged there.
     */
    public String summary() {
        int n = stored();
        if (n == 0) {
            return "No step yet.";
        }
        int taken = diverged ? n - 1 : n;
        StringBuilder s = new StringBuilder();
        s.append("Epoch ").append(epoch + 1).append(": ").append(steps).append(steps == 1 ? " step" : " steps");
        if (!Doubles.isNaN(w[taken])) {
            s.append(", w = ").append(NumberFormat.significant(w[taken], 4)).append(taken == 0 ? " at the start" : " after step " + taken);
        }
        s.append(", the loss at step ").append(n).append(": ").append(NumberFormat.significant(loss[n], 4));
        if (diverged) {
            s.append("; training diverged at step ").append(n).append(" and the weights went back to the start of the epoch");
        }
        return s.append('.').toString();
    }

    /** The bias after step {@code k}; NaN when there is none. */
    public double bias(int k) {
        return b[k];
    }
}
