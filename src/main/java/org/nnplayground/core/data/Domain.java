package org.nnplayground.core.data;

import org.nnplayground.core.math.Doubles;

/**
 * The rectangle a view should show for a dataset. For 2-D data it is the input square
 * ({@code x1} horizontally, {@code x2} vertically); for 1-D data it is the x range horizontally and the
 * target range vertically, each with a small margin. Every generated point lies inside it.
 */
public record Domain(double xMin, double xMax, double yMin, double yMax) {
    /** The input square [-6, 6]^2 shared by all 2-D datasets. */
    public static final Domain INPUT_SQUARE = new Domain(-6.0, 6.0, -6.0, 6.0);

    /** Rejects non-finite bounds and empty ranges. */
    public Domain {
        if (!Doubles.isFinite(xMin) || !Doubles.isFinite(xMax) || !Doubles.isFinite(yMin) || !Doubles.isFinite(yMax)) {
            throw new IllegalArgumentException("domain bounds must be finite numbers, were x "
                    + xMin + ".." + xMax + ", y " + yMin + ".." + yMax);
        }
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("domain needs xMin < xMax and yMin < yMax, was x "
                    + xMin + ".." + xMax + ", y " + yMin + ".." + yMax);
        }
    }

    /** Whether (x, y) lies inside the domain, borders included. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }
}
