package org.nnplayground.core.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link Rng}: reproducibility, pinned values and distribution checks (all seeded, so none can flake). */
class RngTest {

    @Test
    void sameSeedGivesSameSequence() {
        Rng a = new Rng(123);
        Rng b = new Rng(123);
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
        assertNotEquals(new Rng(123).nextLong(), new Rng(124).nextLong());
    }

    @Test
    void goldenValuesForSeed42() {
        // SplitMix64 outputs; the browser builds must produce the same.
        long[] expected = {0xBDD732262FEB6E95L, 0x28EFE333B266F103L, 0x47526757130F9F52L,
            0x581CE1FF0E4AE394L, 0x09BC585A244823F2L};
        Rng rng = new Rng(42);
        long[] actual = new long[expected.length];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = rng.nextLong();
        }
        assertArrayEquals(expected, actual);
        assertEquals(0x3FE7BAE644C5FD6DL, Double.doubleToRawLongBits(new Rng(42).nextDouble()));
        // Also pins DetMath.log and DetMath.cos through Box-Muller.
        assertEquals(0x3FDA8AC4B546F509L, Double.doubleToRawLongBits(new Rng(42).nextGaussian()));
    }

    @Test
    void nextDoubleIsInUnitInterval() {
        Rng rng = new Rng(1);
        double sum = 0.0;
        for (int i = 0; i < 100_000; i++) {
            double d = rng.nextDouble();
            assertTrue(d >= 0.0 && d < 1.0, "out of range: " + d);
            sum += d;
        }
        assertEquals(0.5, sum / 100_000, 0.005);
    }

    @Test
    void uniformIsInRange() {
        Rng rng = new Rng(2);
        for (int i = 0; i < 10_000; i++) {
            double d = rng.uniform(-3.0, 5.0);
            assertTrue(d >= -3.0 && d < 5.0, "out of range: " + d);
        }
    }

    @Test
    void nextIntStaysBelowBound() {
        Rng rng = new Rng(3);
        for (int bound : new int[] {1, 2, 3, 7, 1000, 1_000_000_007, Integer.MAX_VALUE}) {
            for (int i = 0; i < 10_000; i++) {
                int r = rng.nextInt(bound);
                assertTrue(r >= 0 && r < bound, r + " not in [0, " + bound + ")");
            }
        }
    }

    @Test
    void nextIntIsRoughlyUniform() {
        int bound = 10;
        int draws = 100_000;
        int[] counts = new int[bound];
        Rng rng = new Rng(4);
        for (int i = 0; i < draws; i++) {
            counts[rng.nextInt(bound)]++;
        }
        double expected = (double) draws / bound;
        double chiSquare = 0.0;
        for (int c : counts) {
            chiSquare += (c - expected) * (c - expected) / expected;
        }
        // 9 degrees of freedom: mean 9; 30 is far in the tail (p ~ 0.0004) yet still catches real bias
        // (a 2% skew in one bucket alone would add ~40).
        assertTrue(chiSquare < 30.0, "chi-square " + chiSquare + " counts " + Arrays.toString(counts));
    }

    @Test
    void nextIntRejectsNonPositiveBounds() {
        Rng rng = new Rng(5);
        assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> rng.nextInt(-3));
    }

    @Test
    void shuffleInPlaceIsAPermutation() {
        int[] values = new int[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        int[] shuffled = values.clone();
        new Rng(6).shuffleInPlace(shuffled);
        assertTrue(!Arrays.equals(values, shuffled), "shuffle left the order unchanged");
        int[] sorted = shuffled.clone();
        Arrays.sort(sorted);
        assertArrayEquals(values, sorted);

        int[] again = values.clone();
        new Rng(6).shuffleInPlace(again);
        assertArrayEquals(shuffled, again, "same seed, same permutation");

        new Rng(6).shuffleInPlace(new int[0]);
        int[] single = {42};
        new Rng(6).shuffleInPlace(single);
        assertArrayEquals(new int[] {42}, single);
    }

    @Test
    void nextGaussianHasMeanZeroAndVarianceOne() {
        Rng rng = new Rng(8);
        int n = 100_000;
        double sum = 0.0;
        double sumSquares = 0.0;
        for (int i = 0; i < n; i++) {
            double g = rng.nextGaussian();
            assertTrue(Double.isFinite(g));
            sum += g;
            sumSquares += g * g;
        }
        double mean = sum / n;
        double variance = sumSquares / n - mean * mean;
        // Standard errors are 0.003 (mean) and 0.0045 (variance).
        assertEquals(0.0, mean, 0.01, "mean");
        assertEquals(1.0, variance, 0.02, "variance");
    }

    @Test
    void gaussianScalesAndShifts() {
        Rng a = new Rng(9);
        Rng b = new Rng(9);
        for (int i = 0; i < 100; i++) {
            assertEquals(3.0 + 2.0 * a.nextGaussian(), b.gaussian(3.0, 2.0));
        }
    }

    @Test
    void splitGivesADifferentStream() {
        Rng parent = new Rng(10);
        Rng child = parent.split();
        Rng childAgain = new Rng(10).split();
        long[] fromChild = new long[5];
        for (int i = 0; i < fromChild.length; i++) {
            fromChild[i] = child.nextLong();
            assertEquals(fromChild[i], childAgain.nextLong(), "split is reproducible");
        }
        for (int i = 0; i < fromChild.length; i++) {
            assertNotEquals(fromChild[i], parent.nextLong());
        }
    }
}
