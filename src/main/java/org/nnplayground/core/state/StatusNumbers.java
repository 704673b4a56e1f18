package org.nnplayground.core.state;

import org.nnplayground.core.train.Divergence;
import org.nnplayground.core.train.Metrics;
import org.nnplayground.core.train.StepResult;

/**
 * A status ({@link StepResult}) as a few numbers, the way a run trained in a Web Worker tells the
 * page where it stands: epoch, sample updates, train and test loss, accuracy and count, whether it
 * diverged (the divergence itself comes back with the trainer's snapshot) and whether it still plays.
 * Every number is a double, exact for the counts (below 2^53).
 */
public final class StatusNumbers {
    /** How many numbers {@link #write} gives. */
    public static final int SIZE = 10;
    private static final int DIVERGED = 8;
    private static final int PLAYING = 9;

    private StatusNumbers() {
    }

    /** {@code status} and whether the run plays, as {@link #SIZE} numbers. */
    public static double[] write(StepResult status, boolean playing) {
        return new double[] {status.epoch(), status.sampleUpdates(),
            status.train().loss(), status.train().accuracy(), status.train().count(),
            status.test().loss(), status.test().accuracy(), status.test().count(),
            status.diverged() ? 1 : 0, playing ? 1 : 0};
    }

    /**
     * The status written by {@link #write}, with {@code divergence} when it says it diverged (null
     * otherwise); refused with a sentence when the numbers are not a status.
     */
    public static StepResult read(double[] numbers, Divergence divergence) {
        check(numbers);
        boolean diverged = numbers[DIVERGED] != 0;
        return new StepResult((int) numbers[0], (long) numbers[1],
                new Metrics(numbers[2], numbers[3], (int) numbers[4]),
                new Metrics(numbers[5], numbers[6], (int) numbers[7]),
                diverged ? divergence : null);
    }

    /** Whether the numbers say the run diverged. */
    public static boolean diverged(double[] numbers) {
        check(numbers);
        return numbers[DIVERGED] != 0;
    }

    /** Whether the numbers say the run still plays. */
    public static boolean playing(double[] numbers) {
        check(numbers);
        return numbers[PLAYING] != 0;
    }

    private static void check(double[] numbers) {
        if (numbers == null || numbers.length != SIZE) {
            throw new IllegalArgumentException("a status is " + SIZE + " numbers, not "
                    + (numbers == null ? "none" : Integer.toString(numbers.length)));
        }
        for (int i : new int[] {0, 1, 4, 7}) {
            double v = numbers[i];
            if (!(v >= -1) || v != Math.floor(v) || v > (1L << 53)) {
                throw new IllegalArgumentException("a status's counts are whole numbers, not " + v);
            }
        }
    }
}
