package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;

/**
 * The network's inputs as the exports name and compute them: raw rows (x for 1-D data, x1 and x2
 * otherwise) become the chosen features exactly as the trainer computes them
 * ({@link FeatureSet#writeInputs(double, double, double[], int)}).
 */
public final class Inputs {
    private Inputs() {
    }

    /** "x" for 1-D data (features null), else the feature ids in input order. */
    public static List<String> names(FeatureSet features) {
        List<String> names = new ArrayList<>();
        if (features == null) {
            names.add("x");
            return names;
        }
        for (Feature f : features.features()) {
            names.add(f.id());
        }
        return names;
    }

    /** The raw inputs of a row: x, or x1 and x2. */
    public static List<String> rawNames(boolean oneDimensional) {
        return oneDimensional ? List.of("x") : List.of("x1", "x2");
    }

    /**
     * The network inputs of {@code rows} raw rows of {@code rawWidth} values each (row-major in
     * {@code raw}): x itself for 1-D data (features null), else the features of (x1, x2).
     *
     * @throws IllegalArgumentException when the rows are not of the raw width or hold a non-finite value
     */
    public static double[] expand(FeatureSet features, double[] raw, int rawWidth) {
        int expected = features == null ? 1 : 2;
        if (rawWidth != expected) {
            throw new IllegalArgumentException("Each row needs " + expected + (expected == 1 ? " value (x)" : " values (x1, x2)")
                    + ", not " + rawWidth + ".");
        }
        if (raw.length % rawWidth != 0) {
            throw new IllegalArgumentException("The rows hold " + raw.length + " values, not a whole number of rows of "
                    + rawWidth + ".");
        }
        for (int i = 0; i < raw.length; i++) {
            double v = raw[i];
            if (!(v - v == 0.0)) {
                throw new IllegalArgumentException("Row " + (i / rawWidth + 1) + " holds " + v + "; every input must be a finite number.");
            }
        }
        if (features == null) {
            return raw.clone();
        }
        int rows = raw.length / 2;
        int c = features.count();
        double[] out = new double[rows * c];
        for (int r = 0; r < rows; r++) {
            features.writeInputs(raw[2 * r], raw[2 * r + 1], out, r * c);
        }
        return out;
    }
}
