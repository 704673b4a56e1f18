package org.nnplayground.core.view;

import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.InputSlice;
import org.nnplayground.core.nn.GridEvaluator;

/**
 * The points at which a view evaluates the network, and the maps between those points and data
 * coordinates.
 *
 * <p>For 2-D data it is an R x R grid over the domain, at cell centres: point
 * {@code p = row * R + column}, row 0 at the top (largest x2), column 0 at the left (smallest x1), which
 * is also the pixel order of a heatmap. For 1-D data it is R points from the domain's xMin to its xMax,
 * both ends included, so that a curve spans the whole plot. Immutable apart from a scratch row used
 * while writing inputs.
 */
public final class ViewGrid {
    private final int dimension;
    private final int resolution;
    private final Domain domain;
    private final double[] featureRow = new double[Feature.values().length];

    private ViewGrid(int dimension, int resolution, Domain domain) {
        if (domain == null) {
            throw new IllegalArgumentException("domain must not be null");
        }
        if (resolution < 2 || resolution > 1024) {
            throw new IllegalArgumentException("grid resolution must be between 2 and 1024, was " + resolution);
        }
        this.dimension = dimension;
        this.resolution = resolution;
        this.domain = domain;
    }

    /** An R x R grid of cell centres over a 2-D domain. */
    public static ViewGrid plane(Domain domain, int resolution) {
        return new ViewGrid(2, resolution, domain);
    }

    /** R evenly spaced x values over a 1-D domain's x range, ends included. */
    public static ViewGrid line(Domain domain, int resolution) {
        return new ViewGrid(1, resolution, domain);
    }

    /** The grid suited to {@code data}: a plane for 2-D data, a line for 1-D data, over its domain. */
    public static ViewGrid forData(Dataset data, int resolution) {
        return new ViewGrid(data.dimension(), resolution, data.domain());
    }

    /** 1 or 2. */
    public int dimension() {
        return dimension;
    }

    /** R: points along each axis. */
    public int resolution() {
        return resolution;
    }

    public Domain domain() {
        return domain;
    }

    /** Number of points: R * R for a plane, R for a line. */
    public int points() {
        return dimension == 2 ? resolution * resolution : resolution;
    }

    /** Point index of grid cell (row, column); for a line, the row is ignored. */
    public int index(int row, int column) {
        return dimension == 2 ? row * resolution + column : column;
    }

    /** Column of point {@code p}. */
    public int column(int p) {
        return dimension == 2 ? p % resolution : p;
    }

    /** Row of point {@code p}; 0 for a line. */
    public int row(int p) {
        return dimension == 2 ? p / resolution : 0;
    }

    /** Data x (x1) of column {@code c}. */
    public double columnX(int c) {
        if (dimension == 2) {
            return domain.xMin() + (c + 0.5) * domain.width() / resolution;
        }
        return c == resolution - 1 ? domain.xMax() : domain.xMin() + c * domain.width() / (resolution - 1);
    }

    /** Data x2 of row {@code r} (plane only): row 0 is the top, the largest x2. */
    public double rowY(int r) {
        return domain.yMax() - (r + 0.5) * domain.height() / resolution;
    }

    /** Data x1 (the x of 1-D data) of point {@code p}. */
    public double x1(int p) {
        return columnX(column(p));
    }

    /** Data x2 of point {@code p}; 0 for a line. */
    public double x2(int p) {
        return dimension == 2 ? rowY(row(p)) : 0.0;
    }

    /** The column whose cell (plane) or sample (line) is nearest to data x, clamped to the grid. */
    public int columnAt(double x) {
        double t = (x - domain.xMin()) / domain.width();
        int c = dimension == 2 ? (int) Math.floor(t * resolution) : (int) Math.round(t * (resolution - 1));
        return clampIndex(c);
    }

    /** The row whose cell holds data x2, clamped to the grid (plane only). */
    public int rowAt(double x2) {
        double t = (domain.yMax() - x2) / domain.height();
        return clampIndex((int) Math.floor(t * resolution));
    }

    private int clampIndex(int i) {
        return i < 0 ? 0 : Math.min(resolution - 1, i);
    }

    /**
     * Writes every grid point's network inputs into {@code evaluator.inputs()}, neuron-major
     * ({@code inputs[input * capacity + p]}): the features of (x1, x2) for a plane, x alone for a line.
     * The evaluator must hold {@link #points()} points and have one input per feature (one for a line).
     */
    public void writeInputs(FeatureSet features, GridEvaluator evaluator) {
        writeInputs(features, null, evaluator);
    }

    /**
     * The same for data of more than two inputs when {@code slice} is not null: each grid point's
     * (x1, x2) as the slice's two shown inputs, the others at their means (the features do not apply).
     */
    public void writeInputs(FeatureSet features, InputSlice slice, GridEvaluator evaluator) {
        int capacity = evaluator.capacity();
        if (capacity < points()) {
            throw new IllegalArgumentException("the evaluator holds " + capacity + " points; this grid has " + points());
        }
        double[] in = evaluator.inputs();
        if (dimension == 1) {
            for (int p = 0; p < resolution; p++) {
                in[p] = columnX(p);
            }
            return;
        }
        int count = slice != null ? slice.count() : features.count();
        double[] row = slice != null ? new double[count] : featureRow;
        if (in.length < count * capacity) {
            throw new IllegalArgumentException("the evaluator has " + in.length / capacity
                    + " inputs; the features need " + count);
        }
        for (int r = 0; r < resolution; r++) {
            double x2 = rowY(r);
            for (int c = 0; c < resolution; c++) {
                int p = r * resolution + c;
                if (slice != null) {
                    slice.write(columnX(c), x2, row, 0);
                } else {
                    features.writeInputs(columnX(c), x2, row, 0);
                }
                for (int f = 0; f < count; f++) {
                    in[f * capacity + p] = row[f];
                }
            }
        }
    }
}
