package org.nnplayground.core.nn.layer;

import java.util.Arrays;

/**
 * The shape of the values that flow between layers, for one sample: a vector of {@code n} values
 * (rank 1), or several dimensions stored row-major in one flat array, the last dimension varying
 * fastest. Layer kinds say what their dimensions mean (for example channels x height x width for an
 * image, steps x features for a sequence); the network only needs {@link #size()}. Immutable.
 */
public final class Shape {
    private final int[] dims;

    private Shape(int[] dims) {
        if (dims.length == 0) {
            throw new IllegalArgumentException("a shape needs at least one dimension");
        }
        long size = 1;
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("a shape's dimensions must be at least 1, not " + d);
            }
            size *= d;
            if (size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a shape of " + Arrays.toString(dims) + " is too large");
            }
        }
        this.dims = dims;
    }

    /** A vector of {@code n} values. */
    public static Shape vector(int n) {
        return new Shape(new int[] {n});
    }

    /** A shape of the given dimensions, outermost first. */
    public static Shape of(int... dims) {
        return new Shape(dims.clone());
    }

    /** Number of dimensions. */
    public int rank() {
        return dims.length;
    }

    /** Extent of dimension {@code i}, outermost first. */
    public int dim(int i) {
        return dims[i];
    }

    /** Number of values: the product of the dimensions. */
    public int size() {
        int n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape && Arrays.equals(dims, ((Shape) o).dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** The dimensions joined by "x", e.g. "8" or "1x8x8". */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            b.append(i == 0 ? "" : "x").append(dims[i]);
        }
        return b.toString();
    }
}
