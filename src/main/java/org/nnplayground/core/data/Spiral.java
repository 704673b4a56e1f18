package org.nnplayground.core.data;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * Points on interleaved spiral arms, shared by the two-arm SPIRAL and the three-arm SPIRAL3.
 * Arm {@code a} of {@code arms} starts at angle {@code 2 pi a / arms} and winds {@value #TURNS} turns out
 * to radius 5; the position along the arm is uniform. Noise shifts by up to 0.5 per axis.
 */
final class Spiral {
    static final double TURNS = 1.75;

    private Spiral() {
    }

    /** Adds one random point of arm {@code arm} (which is also its label). */
    static void add(int arm, int arms, double noise, Rng rng, PointBuffer out) {
        double u = rng.nextDouble();
        double r = u * BinaryShapes.RADIUS;
        double t = TURNS * 2.0 * Math.PI * u + 2.0 * Math.PI * arm / arms;
        double x = r * DetMath.sin(t);
        double y = r * DetMath.cos(t);
        BinaryShapes.addJittered(x, y, arm, 0.5 * noise, rng, out);
    }
}
