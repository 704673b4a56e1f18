package org.nnplayground.core.data.sequence;

import org.nnplayground.core.math.Rng;

/**
 * A running total: the target at every step is the total of the clean inputs so far. Sum: the
 * inputs are uniform in [-1, 1), the target their sum. Count: the inputs are bits (0 or 1), the
 * target how many 1s have been seen. Noise is added to the inputs after the targets are taken.
 *
 * @param length steps per sequence
 * @param count whether to count bits rather than sum numbers
 * @param noise standard deviation of the Gaussian noise added to the inputs
 */
public record RunningSum(int length, boolean count, double noise) implements SequenceTask {
    public RunningSum {
        SequenceTask.checkLength(length, 1);
        SequenceTask.checkNoise(noise);
    }

    @Override
    public SequenceData generate(int sequences, Rng rng) {
        double[] x = new double[sequences * length];
        double[] y = new double[sequences * length];
        for (int s = 0; s < sequences; s++) {
            double total = 0.0;
            for (int t = 0; t < length; t++) {
                double v = count ? SequenceTask.bit(rng) : rng.uniform(-1.0, 1.0);
                total += v;
                x[s * length + t] = SequenceTask.noisy(v, noise, rng);
                y[s * length + t] = total;
            }
        }
        return new SequenceData(sequences, length, 1, length, 1, x, y);
    }
}
