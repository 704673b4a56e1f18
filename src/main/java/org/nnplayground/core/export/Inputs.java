package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;

/**
 * The network's inputs as the exports name and compute them. Either the network takes chosen
 * features of two raw inputs x1 and x2, computed exactly as the trainer computes them
 * ({@link FeatureSet#writeInputs(double, double, double[], int)}), or (features null) it takes its
 * raw inputs as they are: the single x of 1-D data, or x1, x2, x3, ... of a table of more than two
 * inputs, in the order of its chosen columns.
 */
public final class Inputs {
    private Inputs() {
    }

    /**
     * The feature ids in input order; with {@code features} null, the {@code plain} raw inputs as
     * they are: "x" for one, else x1, x2, ... .
     */
    public static List<String> names(FeatureSet features, int plain) {
        if (features == null) {
            return rawNames(plain);
        }
        List<String> names = new ArrayList<>();
        for (Feature f : features.features()) {
            names.add(f.id());
        }
        return names;
    }

    /** The raw inputs of a row of {@code count} values: x for one, else x1, x2, ... . */
    public static List<String> rawNames(int count) {
        if (count == 1) {
            return List.of("x");
        }
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            names.add("x" + k);
        }
        return names;
    }

    /**
     * The network inputs of raw rows of {@code rawWidth} values each (row-major in {@code raw}):
     * x itself for 1-D data (features null), else the features of (x1, x2).
     *
     * @throws IllegalArgumentException when the rows are not of the raw width or hold a non-finite value
     */
    public static double[] expand(FeatureSet features, double[] raw, int rawWidth) {
        return expand(features, 1, raw, rawWidth);
    }

    /**
     * The network inputs of raw rows of {@code rawWidth} values each (row-major in {@code raw}): with
     * {@code features} null the rows as they are, which must then have {@code plain} values; else the
     * features of (x1, x2).
     *
     * @throws IllegalArgumentException when the rows are not of the raw width or hold a non-finite value
     */
    public static double[] expand(FeatureSet features, int plain, double[] raw, int rawWidth) {
        int expected = features == null ? plain : 2;
        if (rawWidth != expected) {
            throw new IllegalArgumentException("Each row needs " + expected + (expected == 1 ? " value (x)" : " values ("
                    + listed(rawNames(expected)) + ")") + ", not " + rawWidth + ".");
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

    /** "x1, x2" for two names, "x1, ..., x5" for more. */
    private static String listed(List<String> names) {
        return names.size() <= 2 ? String.join(", ", names) : names.get(0) + ", ..., " + names.get(names.size() - 1);
    }
}
