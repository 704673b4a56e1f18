package org.nnplayground.core.data.sequence;

import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;

/**
 * Echo: the input is a random stream of bits (0 or 1, plus noise), the target at step t is the clean
 * input bit of step t - delay, and 0 for the first {@code delay} steps, which have nothing to echo
 * yet. To solve it a network must carry each bit {@code delay} steps through its state.
 * One input and one target per step.
 *
 * @param length steps per sequence
 * @param delay how many steps later a bit comes back, 1 to {@link Limits#MAX_ECHO_DELAY}, less than the length
 * @param noise standard deviation of the Gaussian noise added to the input bits
 */
public record Echo(int length, int delay, double noise) implements SequenceTask {
    public Echo {
        SequenceTask.checkLength(length, 2);
        if (delay < 1 || delay > Limits.MAX_ECHO_DELAY || delay >= length) {
            throw new IllegalArgumentException("Delay: " + delay + " is not allowed; use 1 to "
                    + Math.min(Limits.MAX_ECHO_DELAY, length - 1) + " (less than the sequence length)");
        }
        SequenceTask.checkNoise(noise);
    }

    @Override
    public SequenceData generate(int count, Rng rng) {
        double[] x = new double[count * length];
        double[] y = new double[count * length];
        double[] bits = new double[length];
        for (int s = 0; s < count; s++) {
            int at = s * length;
            for (int t = 0; t < length; t++) {
                bits[t] = SequenceTask.bit(rng);
                x[at + t] = SequenceTask.noisy(bits[t], noise, rng);
                y[at + t] = t >= delay ? bits[t - delay] : 0.0;
            }
        }
        return new SequenceData(count, length, 1, length, 1, x, y);
    }
}
