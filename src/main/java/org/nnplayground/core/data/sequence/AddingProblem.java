package org.nnplayground.core.data.sequence;

import org.nnplayground.core.math.Rng;

/**
 * The adding problem (Hochreiter and Schmidhuber 1997): each step has two inputs, a value uniform in
 * [0, 1) (plus noise) and a marker, 1 at exactly two steps and 0 elsewhere; the single target, at
 * the end, is the sum of the two marked clean values. One mark falls in the first half of the
 * sequence and one in the second, so the network must remember a value over up to the whole length.
 * Always guessing 1 gives a mean squared error of about 1/6.
 *
 * @param length steps per sequence, at least 2
 * @param noise standard deviation of the Gaussian noise added to the values (not to the markers)
 */
public record AddingProblem(int length, double noise) implements SequenceTask {
    public AddingProblem {
        SequenceTask.checkLength(length, 2);
        SequenceTask.checkNoise(noise);
    }

    @Override
    public SequenceData generate(int count, Rng rng) {
        double[] x = new double[count * length * 2];
        double[] y = new double[count];
        int half = length / 2;
        for (int s = 0; s < count; s++) {
            int first = rng.nextInt(half);
            int second = half + rng.nextInt(length - half);
            double sum = 0.0;
            for (int t = 0; t < length; t++) {
                double v = rng.nextDouble();
                int at = (s * length + t) * 2;
                x[at] = SequenceTask.noisy(v, noise, rng);
                if (t == first || t == second) {
                    x[at + 1] = 1.0;
                    sum += v;
                }
            }
            y[s] = sum;
        }
        return new SequenceData(count, length, 2, 1, 1, x, y);
    }
}
