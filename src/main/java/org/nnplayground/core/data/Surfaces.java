package org.nnplayground.core.data;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * The 2-D regression datasets. Inputs are uniform in [-5, 5]^2; noise adds Gaussian noise to the target
 * with standard deviation {@code 0.5 * noise} (a quarter of the target range [-1, 1] at noise 1).
 */
final class Surfaces {
    static final double HALF_WIDTH = 5.0;
    private static final double NOISE_SD = 0.5;
    /** Width of each bump of MULTI_GAUSSIAN. */
    static final double BUMP_SD = 1.25;
    /** Bumps of MULTI_GAUSSIAN as {x, y, sign}: two rows of three with alternating signs. */
    private static final double[][] BUMPS = {
        {-4.0, 2.5, 1.0}, {0.0, 2.5, -1.0}, {4.0, 2.5, 1.0},
        {-4.0, -2.5, -1.0}, {0.0, -2.5, 1.0}, {4.0, -2.5, -1.0},
    };

    private Surfaces() {
    }

    static void generate(DatasetKind kind, double noise, Rng rng, PointBuffer out) {
        double sd = NOISE_SD * noise;
        for (int i = 0; i < out.capacity(); i++) {
            double x = rng.uniform(-HALF_WIDTH, HALF_WIDTH);
            double y = rng.uniform(-HALF_WIDTH, HALF_WIDTH);
            double t = value(kind, x, y);
            if (sd > 0.0) {
                t += sd * rng.nextGaussian();
            }
            out.addValued(x, y, t);
        }
    }

    /** The noise-free target at (x, y). */
    static double value(DatasetKind kind, double x, double y) {
        switch (kind) {
            case PLANE:
                return (x + y) / 10.0;
            case MULTI_GAUSSIAN:
                double sum = 0.0;
                for (double[] b : BUMPS) {
                    double dx = x - b[0];
                    double dy = y - b[1];
                    sum += b[2] * DetMath.exp(-(dx * dx + dy * dy) / (2.0 * BUMP_SD * BUMP_SD));
                }
                return sum;
            default:
                throw new IllegalArgumentException(kind + " is not a 2-D regression dataset");
        }
    }
}
