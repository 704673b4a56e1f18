package org.nnplayground.core.nn;

/**
 * y = W x + b with W of {@code rows} x {@code cols}, row-major. What a network of linear layers
 * collapses to.
 */
public record AffineMap(int rows, int cols, double[] weights, double[] biases) {
    public AffineMap {
        weights = weights.clone();
        biases = biases.clone();
    }

    /** W[row][col]. */
    public double weight(int row, int col) {
        return weights[row * cols + col];
    }

    public double bias(int row) {
        return biases[row];
    }

    /** W x + b for one input. */
    public double[] apply(double[] x) {
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            double sum = biases[r];
            for (int c = 0; c < cols; c++) {
                sum += weights[r * cols + c] * x[c];
            }
            y[r] = sum;
        }
        return y;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] biases() {
        return biases.clone();
    }
}
