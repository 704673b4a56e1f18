package org.nnplayground.core.data.image;

import org.nnplayground.core.math.Rng;

/**
 * A square canvas of {@code side x side} grey pixels in [0, 1] (0 background, 1 ink), row-major:
 * pixel (x, y) is at {@code y * side + x}. Coordinates are in pixels with the origin at the top left
 * corner of the image, so pixel (x, y) covers [x, x + 1) x [y, y + 1) and its centre is at
 * (x + 0.5, y + 0.5); y grows downwards.
 *
 * <p>Strokes are drawn by distance: a pixel whose centre lies at distance {@code d} from a stroke of
 * thickness {@code t} gets ink {@code t / 2 + 0.5 - d}, cut to [0, 1], a soft edge one pixel wide;
 * where strokes overlap the larger ink wins. Only +, -, *, / and sqrt are used, so the pixels are
 * the same in every runtime. Mutable; one raster draws one image at a time.
 */
final class Raster {
    private final int side;
    private final double[] pixels;

    Raster(int side) {
        this.side = side;
        this.pixels = new double[side * side];
    }

    int side() {
        return side;
    }

    /** Clears every pixel to 0. */
    void clear() {
        java.util.Arrays.fill(pixels, 0.0);
    }

    /** Inks the pixels of the rectangle [x0, x0 + w) x [y0, y0 + h) fully, clipped to the image. */
    void fillRect(int x0, int y0, int w, int h) {
        for (int y = Math.max(0, y0); y < Math.min(side, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(side, x0 + w); x++) {
                pixels[y * side + x] = 1.0;
            }
        }
    }

    /** A straight stroke from (ax, ay) to (bx, by). */
    void segment(double ax, double ay, double bx, double by, double thickness) {
        double reach = thickness / 2 + 0.5;
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
        int x1 = Math.min(side - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - reach));
        int y1 = Math.min(side - 1, (int) Math.ceil(Math.max(ay, by) + reach));
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double px = x + 0.5 - ax;
                double py = y + 0.5 - ay;
                double u = length2 == 0.0 ? 0.0 : (px * dx + py * dy) / length2;
                u = u < 0.0 ? 0.0 : u > 1.0 ? 1.0 : u;
                double ex = px - u * dx;
                double ey = py - u * dy;
                ink(y * side + x, reach - Math.sqrt(ex * ex + ey * ey));
            }
        }
    }

    /** Strokes joining the points {@code xs[i], ys[i]} in order. */
    void polyline(double[] xs, double[] ys, double thickness) {
        for (int i = 1; i < xs.length; i++) {
            segment(xs[i - 1], ys[i - 1], xs[i], ys[i], thickness);
        }
    }

    /** The outline of a circle of centre (cx, cy) and radius r. */
    void circle(double cx, double cy, double r, double thickness) {
        double reach = thickness / 2 + 0.5;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double px = x + 0.5 - cx;
                double py = y + 0.5 - cy;
                double d = Math.abs(Math.sqrt(px * px + py * py) - r);
                ink(y * side + x, reach - d);
            }
        }
    }

    private void ink(int at, double value) {
        double v = value > 1.0 ? 1.0 : value;
        if (v > pixels[at]) {
            pixels[at] = v;
        }
    }

    /** Adds Gaussian noise of standard deviation {@code sd} to every pixel, then cuts each to [0, 1]. */
    void addNoise(double sd, Rng rng) {
        if (sd == 0.0) {
            return;
        }
        for (int i = 0; i < pixels.length; i++) {
            double v = pixels[i] + rng.gaussian(0.0, sd);
            pixels[i] = v < 0.0 ? 0.0 : v > 1.0 ? 1.0 : v;
        }
    }

    /** Copies the pixels into {@code target} from {@code offset}. */
    void copyTo(double[] target, int offset) {
        System.arraycopy(pixels, 0, target, offset, pixels.length);
    }
}
