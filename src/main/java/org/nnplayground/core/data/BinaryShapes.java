package org.nnplayground.core.data;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * The 2-D two-class datasets, shaped like TensorFlow Playground's (circle, xor, gauss, spiral) plus
 * two moons and a checkerboard.
 *
 * <p>Labels always come from the noise-free shape; noise then moves the points (so classes overlap),
 * and points are finally clamped to {@link Domain#INPUT_SQUARE}. The shapes that are not random by
 * nature (circle, xor, checkerboard, moons, spiral) get exactly {@code n / 2} points of label 1, so both
 * classes are present whenever n &ge; 2.
 */
final class BinaryShapes {
    /** Outer radius of the circle and the spirals, half-width of the xor square. */
    static final double RADIUS = 5.0;
    /** Gap kept between xor points and the axes. */
    static final double XOR_PADDING = 0.3;
    /** Width of one checkerboard cell; 4 cells span [-5, 5]. */
    static final double CELL = 2.5;
    /** Gap kept between checkerboard points and the cell borders. */
    static final double CELL_PADDING = 0.1;
    /** Factor from the unit moons (x in [-1, 2], y in [-0.5, 1]) to the input square. */
    static final double MOON_SCALE = 3.3;

    private BinaryShapes() {
    }

    static void generate(DatasetKind kind, double noise, Rng rng, PointBuffer out) {
        switch (kind) {
            case CIRCLE:
                circle(noise, rng, out);
                break;
            case XOR:
                xor(noise, rng, out);
                break;
            case GAUSSIAN:
                gaussians(noise, rng, out);
                break;
            case SPIRAL:
                for (int i = 0; i < out.capacity(); i++) {
                    Spiral.add(i < out.capacity() / 2 ? 1 : 0, 2, noise, rng, out);
                }
                break;
            case MOONS:
                moons(noise, rng, out);
                break;
            case CHECKERBOARD:
                checkerboard(noise, rng, out);
                break;
            default:
                throw new IllegalArgumentException(kind + " is not a two-class dataset");
        }
    }

    /** Disc of radius R/2 (label 1) and ring R*0.7..R (label 0); noise shifts by up to R/2 per axis. */
    private static void circle(double noise, Rng rng, PointBuffer out) {
        int n = out.capacity();
        double jitter = 0.5 * RADIUS * noise;
        for (int i = 0; i < n; i++) {
            boolean inner = i < n / 2;
            double r = inner ? rng.uniform(0.0, 0.5 * RADIUS) : rng.uniform(0.7 * RADIUS, RADIUS);
            double angle = rng.uniform(0.0, 2.0 * Math.PI);
            double x = r * DetMath.cos(angle);
            double y = r * DetMath.sin(angle);
            addJittered(x, y, inner ? 1 : 0, jitter, rng, out);
        }
    }

    /** Quadrants 1 and 3 are label 1; noise shifts by up to R/2 per axis. */
    private static void xor(double noise, Rng rng, PointBuffer out) {
        int n = out.capacity();
        double jitter = 0.5 * RADIUS * noise;
        for (int i = 0; i < n; i++) {
            boolean positive = i < n / 2;
            double sx = rng.nextInt(2) == 0 ? -1.0 : 1.0;
            double sy = positive ? sx : -sx;
            double x = sx * (XOR_PADDING + rng.uniform(0.0, RADIUS));
            double y = sy * (XOR_PADDING + rng.uniform(0.0, RADIUS));
            addJittered(x, y, positive ? 1 : 0, jitter, rng, out);
        }
    }

    /** Label 1 around (2, 2), label 0 around (-2, -2); variance 0.5 at noise 0 up to 4 at noise 1. */
    private static void gaussians(double noise, Rng rng, PointBuffer out) {
        int n = out.capacity();
        double sd = Math.sqrt(0.5 + 3.5 * noise);
        for (int i = 0; i < n; i++) {
            boolean positive = i < n / 2;
            double c = positive ? 2.0 : -2.0;
            addClamped(rng.gaussian(c, sd), rng.gaussian(c, sd), positive ? 1 : 0, out);
        }
    }

    /** Upper moon label 1, lower moon label 0; noise is Gaussian with sd up to 0.8. */
    private static void moons(double noise, Rng rng, PointBuffer out) {
        int n = out.capacity();
        double sd = 0.8 * noise;
        for (int i = 0; i < n; i++) {
            boolean upper = i < n / 2;
            double t = rng.uniform(0.0, Math.PI);
            double x = upper ? DetMath.cos(t) : 1.0 - DetMath.cos(t);
            double y = upper ? DetMath.sin(t) : 0.5 - DetMath.sin(t);
            x = (x - 0.5) * MOON_SCALE;
            y = (y - 0.25) * MOON_SCALE;
            if (sd > 0.0) {
                x += sd * rng.nextGaussian();
                y += sd * rng.nextGaussian();
            }
            addClamped(x, y, upper ? 1 : 0, out);
        }
    }

    /** Label 1 on cells with even column + row; noise shifts by up to half a cell per axis. */
    private static void checkerboard(double noise, Rng rng, PointBuffer out) {
        int n = out.capacity();
        double jitter = 0.5 * CELL * noise;
        for (int i = 0; i < n; i++) {
            boolean positive = i < n / 2;
            int column = rng.nextInt(4);
            int parity = positive ? column % 2 : 1 - column % 2;
            int row = 2 * rng.nextInt(2) + parity;
            double x = -2.0 * CELL + column * CELL + rng.uniform(CELL_PADDING, CELL - CELL_PADDING);
            double y = -2.0 * CELL + row * CELL + rng.uniform(CELL_PADDING, CELL - CELL_PADDING);
            addJittered(x, y, positive ? 1 : 0, jitter, rng, out);
        }
    }

    /** Adds (x, y) shifted uniformly by up to {@code jitter} per axis, then clamped. */
    static void addJittered(double x, double y, int label, double jitter, Rng rng, PointBuffer out) {
        if (jitter > 0.0) {
            x += rng.uniform(-jitter, jitter);
            y += rng.uniform(-jitter, jitter);
        }
        addClamped(x, y, label, out);
    }

    /** Adds (x, y) clamped to the input square. */
    static void addClamped(double x, double y, int label, PointBuffer out) {
        out.addLabelled(clamp(x), clamp(y), label);
    }

    static double clamp(double v) {
        return Math.max(Domain.INPUT_SQUARE.xMin(), Math.min(Domain.INPUT_SQUARE.xMax(), v));
    }
}
