package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.teach.LossLandscape;
import org.nnplayground.core.text.Decimals;

/**
 * The loss landscape's pixels for one window, on the palette's {@link Palette#sequential} scale:
 * faint where the loss is least (light on the light ground, dark on the dark one), strong where it
 * is high, coloured by the logarithm of the loss above the least value in view (so the levels near
 * the valley floor stay apart), with iso-lines where the colour crosses one of {@link #BANDS}
 * equal steps. A quadratic loss thus shows as nested ellipses, about 1.33 times wider each.
 *
 * <p>The grid comes from {@link LossLandscape#grid} and is recomputed only when the landscape or the
 * window changes, and recoloured only when the palette changes: a painter calls {@link #update}
 * every frame, and it costs nothing while all three stay.
 */
final class LandscapeHeatmap {
    /** Colour steps between iso-lines: each one a quarter of a decade of loss above the least. */
    static final int BANDS = 8;
    /**
     * How many decades of loss above the least the colour scale spans. Two keep the innermost ring at
     * a tenth of the view's radius: with more, the rings near the minimum crowd into a few cells.
     */
    private static final double DECADES = 2;

    private final int resolution;
    private final int[] pixels;
    private final int[] bands;
    private double[] grid = new double[0];
    private LossLandscape source;
    private Palette palette;
    private double wMin = Double.NaN;
    private double wMax;
    private double bMin;
    private double bMax;
    private double lowest;
    private double highest;
    private int computed;

    LandscapeHeatmap(int resolution) {
        if (resolution < 2 || resolution > 512) {
            throw new IllegalArgumentException("resolution must be between 2 and 512, was " + resolution);
        }
        this.resolution = resolution;
        pixels = new int[resolution * resolution];
        bands = new int[resolution * resolution];
    }

    int resolution() {
        return resolution;
    }

    /** The pixels for the window in {@code colours}, row 0 at the largest b; recomputed only when something changed. */
    int[] update(LossLandscape landscape, Palette colours, double w0, double w1, double b0, double b1) {
        if (landscape != source || w0 != wMin || w1 != wMax || b0 != bMin || b1 != bMax) {
            source = landscape;
            wMin = w0;
            wMax = w1;
            bMin = b0;
            bMax = b1;
            grid = landscape.grid(w0, w1, b0, b1, resolution);
            palette = colours;
            colour();
            computed++;
        } else if (colours != palette) {
            palette = colours;
            colour();
        }
        return pixels;
    }

    /** How many times the grid has been computed: a test's view of the cache. */
    int computed() {
        return computed;
    }

    /** The least finite loss of the grid's cells (NaN before the first update or when none is finite). */
    double lowest() {
        return lowest;
    }

    /** The greatest finite loss of the grid's cells. */
    double highest() {
        return highest;
    }

    private void colour() {
        lowest = Double.POSITIVE_INFINITY;
        highest = Double.NEGATIVE_INFINITY;
        for (double v : grid) {
            if (Doubles.isFinite(v)) {
                lowest = Math.min(lowest, v);
                highest = Math.max(highest, v);
            }
        }
        double span = highest - lowest;
        boolean flat = !(span > 0) || !Doubles.isFinite(span);
        double floor = flat ? 1.0 : span * Decimals.pow10(-2);
        double logLow = Decimals.log10(floor);
        double logRange = flat ? 1.0 : DECADES;
        for (int i = 0; i < grid.length; i++) {
            double v = grid[i];
            if (!Doubles.isFinite(v)) {
                bands[i] = -1;
                pixels[i] = palette.neutral(); // ARGB until markIsoLines converts every cell
                continue;
            }
            double t = flat ? 0.0 : (Decimals.log10((v - lowest) + floor) - logLow) / logRange;
            t = Math.max(0.0, Math.min(1.0, t));
            bands[i] = Math.min(BANDS - 1, (int) (t * BANDS));
            pixels[i] = palette.sequential(t);
        }
        if (!(highest >= lowest)) {
            lowest = Double.NaN;
            highest = Double.NaN;
        }
        markIsoLines();
    }

    /**
     * Where a cell's band differs from its right or lower neighbour's, the cell becomes a line: darker
     * than the cell where the colour is near the faint end of the light palette or the strong end of
     * the dark one (both light), lighter elsewhere, so the line shows on both.
     */
    private void markIsoLines() {
        int r = resolution;
        for (int row = 0; row < r; row++) {
            for (int col = 0; col < r; col++) {
                int i = row * r + col;
                int band = bands[i];
                int argb = pixels[i];
                if (band >= 0 && ((col + 1 < r && crosses(band, bands[i + 1]))
                        || (row + 1 < r && crosses(band, bands[i + r])))) {
                    boolean lightCell = (band * 2 < BANDS) != palette.dark();
                    argb = lightCell ? Colors.lerp(argb, Colors.BLACK, 0.2) : Colors.lerp(argb, Colors.WHITE, 0.3);
                }
                pixels[i] = Colors.toPixel(argb);
            }
        }
    }

    private static boolean crosses(int band, int neighbour) {
        return neighbour >= 0 && neighbour != band;
    }
}
