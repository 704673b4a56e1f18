package org.nnplayground.core.data;

/**
 * The plane the views show of data with more than two inputs: two of the inputs vary over the
 * view ({@code first} across, {@code second} up) and every other input is held at its mean over
 * the data. Immutable.
 *
 * @param count  the number of inputs, 3 to {@value TableChoice#MAX_INPUTS}
 * @param first  the input shown across (0-based)
 * @param second the input shown up (0-based), not {@code first}
 * @param means  each input's mean over the table's rows
 */
public record InputSlice(int count, int first, int second, double[] means) {
    public InputSlice {
        if (count < 3 || means == null || means.length != count || first < 0 || first >= count || second < 0
                || second >= count || first == second) {
            throw new IllegalArgumentException("a slice needs two different inputs of " + count + " and a mean for each");
        }
        means = means.clone();
    }

    /** The mean of input {@code k}. */
    public double mean(int k) {
        return means[k];
    }

    /** Each input's mean (a copy). */
    @Override
    public double[] means() {
        return means.clone();
    }

    /**
     * Writes the inputs of the view's point (a, b) into {@code out[offset..offset + count)}: a as the
     * first shown input, b as the second, the means elsewhere.
     */
    public void write(double a, double b, double[] out, int offset) {
        for (int k = 0; k < count; k++) {
            out[offset + k] = k == first ? a : k == second ? b : means[k];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSlice && ((InputSlice) o).count == count && ((InputSlice) o).first == first
                && ((InputSlice) o).second == second && java.util.Arrays.equals(((InputSlice) o).means, means);
    }

    @Override
    public int hashCode() {
        return (count * 31 + first) * 31 + second + java.util.Arrays.hashCode(means);
    }
}
