package org.nnplayground.core.data.sequence;

import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;

/**
 * A sequence problem with its parameters: it draws any number of sequences from a seeded generator.
 * Implementations are immutable records that check their parameters when made.
 */
public interface SequenceTask {
    /** Draws {@code count} sequences from {@code rng}. */
    SequenceData generate(int count, Rng rng);

    /**
     * {@code count} sequences of this task drawn from {@code seed}, split for training and testing
     * (see {@link SequenceSplit#of}).
     */
    default SequenceSplit split(int count, double trainFraction, long seed) {
        if (count < 1 || count > Limits.MAX_SEQUENCES) {
            throw new IllegalArgumentException("Sequences: " + count + " is not allowed; use 1 to " + Limits.MAX_SEQUENCES);
        }
        return SequenceSplit.of(generate(count, new Rng(seed)), trainFraction);
    }

    /** Refuses a sequence length outside 1 (or {@code min}) to {@link Limits#MAX_SEQUENCE_LENGTH}. */
    static void checkLength(int length, int min) {
        if (length < min || length > Limits.MAX_SEQUENCE_LENGTH) {
            throw new IllegalArgumentException("Sequence length: " + length + " is not allowed; use " + min + " to "
                    + Limits.MAX_SEQUENCE_LENGTH);
        }
    }

    /** Refuses a noise level outside [0, 1]: the standard deviation of the noise added to the inputs. */
    static void checkNoise(double noise) {
        if (!(noise >= 0.0 && noise <= 1.0)) {
            throw new IllegalArgumentException("Noise: " + noise + " is not allowed; use 0 to 1");
        }
    }

    /** A random bit, 0 or 1. */
    static double bit(Rng rng) {
        return (rng.nextLong() & 1L) == 0 ? 0.0 : 1.0;
    }

    /** {@code value} plus Gaussian noise of standard deviation {@code noise}, or {@code value} itself at 0 (drawing nothing). */
    static double noisy(double value, double noise, Rng rng) {
        return noise == 0.0 ? value : value + rng.gaussian(0.0, noise);
    }
}
