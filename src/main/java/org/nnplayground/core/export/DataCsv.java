package org.nnplayground.core.export;

import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.text.NumberFormat;

/**
 * The training and test points as one CSV file (RFC 4180, comma-separated, a header row): the raw
 * inputs (x; x1 and x2; or x1, x2, x3, ... for each input of a table of more, in the order of its
 * chosen columns), the label (the class, 0-based) or the target, and the set the point belongs to
 * ("train" or "test"). Numbers carry up to 15 significant digits, the same text in every build.
 */
public final class DataCsv {
    private DataCsv() {
    }

    /** The CSV text of both sets, training points first. */
    public static String write(DataSplit data) {
        Dataset train = data.train();
        boolean oneD = train.dimension() == 1;
        boolean classes = train.problem().isClassification();
        int inputs = train.inputCount();
        StringBuilder sb = new StringBuilder(64 + data.size() * (20 + 20 * inputs));
        sb.append(String.join(",", Inputs.rawNames(inputs))).append(classes ? ",label" : oneD ? ",y" : ",target")
                .append(",set\r\n");
        rows(sb, train, "train", inputs, classes);
        rows(sb, data.test(), "test", inputs, classes);
        return sb.toString();
    }

    private static void rows(StringBuilder sb, Dataset d, String set, int inputs, boolean classes) {
        for (int i = 0; i < d.size(); i++) {
            for (int k = 0; k < inputs; k++) {
                sb.append(k > 0 ? "," : "").append(NumberFormat.shortest(d.input(i, k)));
            }
            sb.append(',');
            if (classes) {
                sb.append(d.label(i));
            } else {
                sb.append(NumberFormat.shortest(d.target(i)));
            }
            sb.append(',').append(set).append("\r\n");
        }
    }
}
