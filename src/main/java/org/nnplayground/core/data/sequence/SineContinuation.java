package org.nnplayground.core.data.sequence;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * Sine continuation: the input at step t is {@code sin(2 pi t / period + phase)} plus noise, with a
 * random phase per sequence; the target is the next clean value, at t + 1. A single value cannot tell
 * a rising sine from a falling one; the state can. One input and one target per step.
 *
 * @param length steps per sequence
 * @param period steps per cycle, at least 2
 * @param noise standard deviation of the Gaussian noise added to the inputs
 */
public record SineContinuation(int length, double period, double noise) implements SequenceTask {
    /** Longest period allowed, in steps. */
    public static final double MAX_PERIOD = 1000.0;

    public SineContinuation {
        SequenceTask.checkLength(length, 1);
        if (!(period >= 2.0 && period <= MAX_PERIOD)) {
            throw new IllegalArgumentException("Period: " + period + " is not allowed; use 2 to " + (int) MAX_PERIOD + " steps");
        }
        SequenceTask.checkNoise(noise);
    }

    /** The clean value at step {@code t} of a sequence of phase {@code phase}. */
    public double value(int t, double phase) {
        return DetMath.sin(2.0 * Math.PI * t / period + phase);
    }

    @Override
    public SequenceData generate(int count, Rng rng) {
        double[] x = new double[count * length];
        double[] y = new double[count * length];
        for (int s = 0; s < count; s++) {
            double phase = rng.uniform(0.0, 2.0 * Math.PI);
            for (int t = 0; t < length; t++) {
                x[s * length + t] = SequenceTask.noisy(value(t, phase), noise, rng);
                y[s * length + t] = value(t + 1, phase);
            }
        }
        return new SequenceData(count, length, 1, length, 1, x, y);
    }
}
