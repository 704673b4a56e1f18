package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;

/**
 * Turns grid values into heatmap pixels ({@link Colors#toPixel} layout) without allocating: a
 * diverging colour per value, or, with several outputs, the colour of the winning class.
 */
final class HeatmapPixels {
    private HeatmapPixels() {
    }

    /**
     * Colours {@code n} values {@code values[offset + p] * gain + shift} on the diverging scale into
     * {@code out[0..n)}, in {@code palette}'s colours. {@code discrete} snaps to the two class colours
     * (ties and negatives to the negative one); a NaN or infinite value is drawn neutral, never as data.
     */
    static void signed(int[] out, Palette palette, double[] values, int offset, int n, double gain, double shift,
                       boolean discrete) {
        for (int p = 0; p < n; p++) {
            double raw = values[offset + p];
            int colour;
            if (!Doubles.isFinite(raw)) {
                colour = palette.neutral();
            } else {
                double v = raw * gain + shift;
                colour = discrete ? (v > 0 ? palette.positive() : palette.negative()) : palette.diverging(v);
            }
            out[p] = Colors.toPixel(colour);
        }
    }

    /**
     * Colours each of {@code n} points by the class with the largest of {@code classes} outputs
     * (neuron-major rows of {@code capacity} in {@code values}). Shaded: the colour fades towards
     * neutral as the winner's lead shrinks (its probability above chance when {@code probabilities},
     * else its margin over the runner-up); {@code discrete}: the plain class colour.
     */
    static void classes(int[] out, Palette palette, double[] values, int capacity, int classes, int n,
                        boolean probabilities, boolean discrete) {
        double chance = 1.0 / classes;
        for (int p = 0; p < n; p++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            double second = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                double v = values[k * capacity + p];
                if (v > bestValue) {
                    second = bestValue;
                    bestValue = v;
                    best = k;
                } else if (v > second) {
                    second = v;
                }
            }
            if (best < 0 || !Doubles.isFinite(bestValue)) {
                out[p] = Colors.toPixel(palette.neutral());
                continue;
            }
            int colour = palette.forClass(best, classes);
            if (!discrete) {
                double lead = probabilities ? (bestValue - chance) / (1 - chance) : bestValue - second;
                double t = Doubles.isNaN(lead) ? 0 : Math.max(0, Math.min(1, lead));
                colour = Colors.lerp(palette.neutral(), colour, 0.15 + 0.85 * t);
            }
            out[p] = Colors.toPixel(colour);
        }
    }
}
