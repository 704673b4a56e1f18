package org.nnplayground.core.view;

import org.nnplayground.core.text.NumberFormat;

/**
 * The entries of a menu of numbers (learning rate, regularization rate, batch size, speed): the
 * values it offers, plus the value the state holds where it is not one of them, in its place in the
 * order; so the menu always shows the value in use (a link's lr=0.05 reads "0.05", not the first
 * entry). Labels are short ({@link NumberFormat#compact}) and never alike for two different values.
 */
public final class MenuChoices {
    private MenuChoices() {
    }

    /**
     * {@code offered} (ascending) with {@code current} inserted where it belongs when it is not one of
     * them (compared exactly); a new array, {@code offered} is left as it is.
     */
    public static double[] withCurrent(double[] offered, double current) {
        if (indexOf(offered, current) >= 0) {
            return offered.clone();
        }
        double[] out = new double[offered.length + 1];
        int at = 0;
        while (at < offered.length && offered[at] < current) {
            at++;
        }
        System.arraycopy(offered, 0, out, 0, at);
        out[at] = current;
        System.arraycopy(offered, at, out, at + 1, offered.length - at);
        return out;
    }

    /** The same for whole numbers. */
    public static double[] withCurrent(int[] offered, int current) {
        double[] values = new double[offered.length];
        for (int i = 0; i < offered.length; i++) {
            values[i] = offered[i];
        }
        return withCurrent(values, current);
    }

    /** Where {@code value} is in {@code values} (exactly), or -1. */
    public static int indexOf(double[] values, double value) {
        for (int i = 0; i < values.length; i++) {
            if (Double.doubleToLongBits(values[i]) == Double.doubleToLongBits(value)) {
                return i;
            }
        }
        return -1;
    }

    /** A label per whole-number value, in plain digits: "7", "10000". */
    public static String[] wholeLabels(double[] values) {
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = Long.toString((long) values[i]);
        }
        return labels;
    }

    /**
     * A label per value: {@link NumberFormat#compact}, and where two values would read alike (0.03 and
     * 0.030001), each of them in its shortest exact spelling instead.
     */
    public static String[] labels(double[] values) {
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = NumberFormat.compact(values[i]);
        }
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                if (i != j && values[i] != values[j] && NumberFormat.compact(values[i]).equals(NumberFormat.compact(values[j]))) {
                    labels[i] = NumberFormat.shortest(values[i]);
                }
            }
        }
        return labels;
    }
}
