package org.nnplayground.core.data;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * The 1-D regression datasets: the curve formulas, their clean ranges and the generator.
 *
 * <p>x is uniform in [{@value #X_MIN}, {@value #X_MAX}] (ARTICLE: x = 0..99). Noise adds Gaussian noise
 * to y with standard deviation {@code noise * 0.25 * (clean y range)}, so noise 1 is "a lot" for every curve.
 */
final class Curves {
    static final double X_MIN = -1.5;
    static final double X_MAX = 1.5;
    static final int ARTICLE_SIZE = 100;
    /** Share of each range added on both sides of the 1-D domain. */
    static final double MARGIN = 0.05;
    private static final double NOISE_SCALE = 0.25;

    private Curves() {
    }

    /** Fills {@code out} with {@code out.capacity()} points of the given 1-D kind. */
    static void generate(DatasetKind kind, double noise, Rng rng, PointBuffer out) {
        if (kind.isArticle()) {
            double scale = articleScale(kind);
            for (int i = 0; i < ARTICLE_SIZE; i++) {
                out.addValued(i * scale, 0.0, i * scale);
            }
            return;
        }
        double sd = noise * NOISE_SCALE * (cleanMax(kind) - cleanMin(kind));
        int n = out.capacity();
        for (int i = 0; i < n; i++) {
            double x = rng.uniform(X_MIN, X_MAX);
            double y = value(kind, x);
            if (sd > 0.0) {
                y += sd * rng.nextGaussian();
            }
            out.addValued(x, 0.0, y);
        }
    }

    /** 1 for the article's data, 0.01 for its scaled version. */
    static double articleScale(DatasetKind kind) {
        return kind == DatasetKind.ARTICLE_SCALED ? 0.01 : 1.0;
    }

    /** The noise-free curve y(x) of a 1-D kind. */
    static double value(DatasetKind kind, double x) {
        switch (kind) {
            case IDENTITY:
            case ARTICLE:
            case ARTICLE_SCALED:
                return x;
            case LINEAR:
                return 2.0 * x + 1.0;
            case SQUARE:
                return x * x;
            case CUBIC:
                return x * x * x - x;
            case SINE:
                return DetMath.sin(Math.PI * x);
            case ABS:
                return Math.abs(x);
            case STEP:
                return x < 0.0 ? -1.0 : 1.0;
            default:
                throw new IllegalArgumentException(kind + " is not a 1-D regression dataset");
        }
    }

    /** The domain: the x range and the y range (clean curve and all targets), each with a margin. */
    static Domain domain(DatasetKind kind, PointBuffer points) {
        double xMin = kind.isArticle() ? 0.0 : X_MIN;
        double xMax = kind.isArticle() ? (ARTICLE_SIZE - 1) * articleScale(kind) : X_MAX;
        double yMin = cleanMin(kind);
        double yMax = cleanMax(kind);
        for (int i = 0; i < points.size(); i++) {
            yMin = Math.min(yMin, points.targets[i]);
            yMax = Math.max(yMax, points.targets[i]);
        }
        double mx = MARGIN * (xMax - xMin);
        double my = MARGIN * (yMax - yMin);
        return new Domain(xMin - mx, xMax + mx, yMin - my, yMax + my);
    }

    /** The smallest value of the clean curve on its x range. */
    static double cleanMin(DatasetKind kind) {
        switch (kind) {
            case IDENTITY:
                return X_MIN;
            case LINEAR:
                return 2.0 * X_MIN + 1.0;
            case SQUARE:
            case ABS:
            case ARTICLE:
            case ARTICLE_SCALED:
                return 0.0;
            case CUBIC:
                return X_MIN * X_MIN * X_MIN - X_MIN; // odd curve, monotone beyond |x| = 1/sqrt(3)
            case SINE:
            case STEP:
                return -1.0;
            default:
                throw new IllegalArgumentException(kind + " is not a 1-D regression dataset");
        }
    }

    /** The largest value of the clean curve on its x range. */
    static double cleanMax(DatasetKind kind) {
        switch (kind) {
            case IDENTITY:
            case ABS:
                return X_MAX;
            case LINEAR:
                return 2.0 * X_MAX + 1.0;
            case SQUARE:
                return X_MAX * X_MAX;
            case CUBIC:
                return X_MAX * X_MAX * X_MAX - X_MAX;
            case SINE:
            case STEP:
                return 1.0;
            case ARTICLE:
            case ARTICLE_SCALED:
                return (ARTICLE_SIZE - 1) * articleScale(kind);
            default:
                throw new IllegalArgumentException(kind + " is not a 1-D regression dataset");
        }
    }
}
