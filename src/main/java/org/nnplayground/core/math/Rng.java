package org.nnplayground.core.math;

/**
 * The core's only source of randomness: a seeded SplitMix64 generator.
 *
 * <p>It uses only 64-bit integer arithmetic, so the same seed gives the same sequence on the JVM,
 * in the TeaVM JavaScript build and in the WebAssembly GC build ({@code java.util.Random} does not:
 * TeaVM's differs). Instances are mutable and not shared between threads.
 */
public final class Rng {
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    /**
     * The generator's whole state: {@code new Rng(state())} goes on with the same sequence as this
     * one (how a trainer's shuffle is carried in its snapshot).
     */
    public long state() {
        return state;
    }

    /** The next 64 random bits; advances the generator. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** A uniform double in [low, high). */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** A uniform int in [0, bound); bound must be positive. Unbiased (rejection sampling). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        long b = bound;
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % b);
        long r;
        do {
            r = nextLong() >>> 1;
        } while (r >= limit);
        return (int) (r % b);
    }

    /** A standard normal sample (Box-Muller on the core's own log, sqrt and cos). */
    public double nextGaussian() {
        double u1;
        do {
            u1 = nextDouble();
        } while (u1 <= 0.0);
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * DetMath.log(u1)) * DetMath.cos(2.0 * Math.PI * u2);
    }

    /** A normal sample with the given mean and standard deviation. */
    public double gaussian(double mean, double stdDev) {
        return mean + stdDev * nextGaussian();
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    public void shuffleInPlace(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** A new generator whose sequence is independent of this one's; advances this generator once. */
    public Rng split() {
        return new Rng(nextLong() ^ 0x6A09E667F3BCC909L);
    }
}
