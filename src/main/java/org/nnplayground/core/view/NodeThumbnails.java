package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.GridEvaluator;

/**
 * The small picture inside a node of the network graph: what that neuron computes over the input
 * space, read from a {@link GridEvaluator}. 2-D grids give a heatmap, 1-D grids a curve. One pixel
 * buffer is kept and reused for every node, so a frame allocates nothing here.
 *
 * <p>Values are shown as {@code value * gain + shift} on the signed scale of
 * {@link Palette#diverging}; the caller picks gain and shift per layer (input features are normalised
 * by their largest magnitude, sigmoid outputs shifted to centre on 0).
 */
final class NodeThumbnails {
    /** At most this many values are scanned for a node's mean or magnitude. */
    private static final int SAMPLES = 256;

    private int[] pixels = new int[0];

    /** Draws neuron {@code neuron} of layer {@code l} as a heatmap into the square (x, y, size). */
    void heatmap(DrawSurface s, GridEvaluator evaluator, ViewGrid grid, int l, int neuron, double gain, double shift,
                 double x, double y, double size) {
        int r = grid.resolution();
        int n = r * r;
        if (pixels.length != n) {
            pixels = new int[n];
        }
        HeatmapPixels.signed(pixels, s.palette(), evaluator.values(l), neuron * evaluator.capacity(), n, gain, shift, false);
        s.drawPixels(pixels, r, r, x, y, size, size);
    }

    /**
     * Draws neuron {@code neuron} of layer {@code l} as a curve over x into the square (x, y, size), on
     * a vertical scale of at least [-1, 1], widened to the values' magnitude; non-finite values leave gaps.
     */
    void curve(DrawSurface s, GridEvaluator evaluator, ViewGrid grid, int l, int neuron, double gain, double shift,
               double x, double y, double size) {
        double[] values = evaluator.values(l);
        int offset = neuron * evaluator.capacity();
        int n = grid.points();
        double range = Math.max(1, maxAbs(values, offset, n, gain, shift));
        double half = size / 2 - 1;
        double mid = y + size / 2;
        Palette palette = s.palette();
        s.setFill(palette.background());
        s.fillRect(x, y, size, size);
        s.setDash(0);
        s.setLineWidth(1);
        s.setStroke(palette.grid());
        s.beginPath();
        s.moveTo(x, mid);
        s.lineTo(x + size, mid);
        s.stroke();
        s.setStroke(palette.positive());
        s.setLineWidth(size >= 24 ? 1.5 : 1);
        s.beginPath();
        int step = Math.max(1, (int) (n / size));
        boolean penDown = false;
        for (int p = 0; p < n; p += step) {
            double v = values[offset + p] * gain + shift;
            if (!Doubles.isFinite(v)) {
                penDown = false;
                continue;
            }
            double px = x + 1 + (size - 2) * p / Math.max(1, n - 1);
            double py = mid - v / range * half;
            if (penDown) {
                s.lineTo(px, py);
            } else {
                s.moveTo(px, py);
                penDown = true;
            }
        }
        s.stroke();
    }

    /** Mean of the finite values among {@code n} from {@code offset} (a sample of at most 256); 0 if none. */
    static double mean(double[] values, int offset, int n) {
        int step = Math.max(1, n / SAMPLES);
        double sum = 0;
        int count = 0;
        for (int p = 0; p < n; p += step) {
            double v = values[offset + p];
            if (v - v == 0.0) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Largest finite |value * gain + shift| among {@code n} values from {@code offset} (sampled). */
    static double maxAbs(double[] values, int offset, int n, double gain, double shift) {
        int step = Math.max(1, n / SAMPLES);
        double max = 0;
        for (int p = 0; p < n; p += step) {
            double a = Math.abs(values[offset + p] * gain + shift);
            if (a - a == 0.0 && a > max) {
                max = a;
            }
        }
        return max;
    }
}
