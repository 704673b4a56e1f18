package org.nnplayground.core.data.sequence;

import org.nnplayground.core.math.Rng;

/**
 * Parity of a random stream of bits (0 or 1, plus noise): 1 when an odd number of the clean bits so
 * far are 1, else 0. Running: the target at every step is the parity of the bits up to and
 * including it. Final only: one target, the parity of the whole sequence; the network learns from
 * the end alone, which is much harder (a gradient must travel the whole sequence back).
 *
 * @param length steps per sequence
 * @param finalOnly whether only the last step has a target
 * @param noise standard deviation of the Gaussian noise added to the input bits
 */
public record Parity(int length, boolean finalOnly, double noise) implements SequenceTask {
    public Parity {
        SequenceTask.checkLength(length, 1);
        SequenceTask.checkNoise(noise);
    }

    @Override
    public SequenceData generate(int count, Rng rng) {
        int targetSteps = finalOnly ? 1 : length;
        double[] x = new double[count * length];
        double[] y = new double[count * targetSteps];
        for (int s = 0; s < count; s++) {
            int parity = 0;
            for (int t = 0; t < length; t++) {
                double b = SequenceTask.bit(rng);
                parity ^= (int) b;
                x[s * length + t] = SequenceTask.noisy(b, noise, rng);
                if (!finalOnly) {
                    y[s * length + t] = parity;
                }
            }
            if (finalOnly) {
                y[s] = parity;
            }
        }
        return new SequenceData(count, length, 1, targetSteps, 1, x, y);
    }
}
