package org.nnplayground.core.data;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * The 2-D datasets with k classes. Point i gets class {@code i % k}, so the classes are balanced and
 * all present whenever n &ge; k. Points are clamped to {@link Domain#INPUT_SQUARE}.
 */
final class MulticlassShapes {
    /** Radius of the circle the blob centres sit on. */
    static final double BLOB_RING = 4.0;
    /** Standard deviation of a blob at noise 0; noise 1 adds {@value #BLOB_SD_NOISE}. */
    static final double BLOB_SD = 0.5;
    static final double BLOB_SD_NOISE = 1.5;

    private MulticlassShapes() {
    }

    static void generate(DatasetKind kind, int classes, double noise, Rng rng, PointBuffer out) {
        int n = out.capacity();
        switch (kind) {
            case BLOBS:
                double sd = BLOB_SD + BLOB_SD_NOISE * noise;
                for (int i = 0; i < n; i++) {
                    int c = i % classes;
                    double cx = blobCentreX(c, classes);
                    double cy = blobCentreY(c, classes);
                    BinaryShapes.addClamped(rng.gaussian(cx, sd), rng.gaussian(cy, sd), c, out);
                }
                break;
            case SPIRAL3:
                for (int i = 0; i < n; i++) {
                    Spiral.add(i % 3, 3, noise, rng, out);
                }
                break;
            default:
                throw new IllegalArgumentException(kind + " is not a multiclass dataset");
        }
    }

    /** x of the centre of blob c of k: evenly on a circle, blob 0 at the top. */
    static double blobCentreX(int c, int k) {
        return BLOB_RING * DetMath.cos(blobAngle(c, k));
    }

    /** y of the centre of blob c of k. */
    static double blobCentreY(int c, int k) {
        return BLOB_RING * DetMath.sin(blobAngle(c, k));
    }

    private static double blobAngle(int c, int k) {
        return 0.5 * Math.PI + 2.0 * Math.PI * c / k;
    }
}
