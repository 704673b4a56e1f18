package org.nnplayground.core.data;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.table.Cells;
import org.nnplayground.core.table.TableException;
import org.nnplayground.core.table.TextTable;
import org.nnplayground.core.text.NumberFormat;

/**
 * A table's chosen columns as data: the inputs, the classes or target values, the problem they
 * pose, the domain the views show and what was left out. With more than two inputs the views show
 * two of them ({@link TableChoice#first()}, {@link TableChoice#second()}) and the rest at their
 * means ({@link InputSlice}); the network takes every input. Rows with a missing value (an empty cell,
 * NaN, NA, infinity) in a chosen column are left out and counted in {@link #notice()}; a cell that is
 * no number where one is needed stops the reading with a {@link TableException} that names its line.
 * Immutable; compared by identity (each loaded table is one data set).
 */
public final class OwnTable {
    private static final double MARGIN = 0.05;
    /** The largest size of a number read; beyond it no network's view or training makes sense. */
    public static final double MAX_VALUE = 1e12;

    private final Dataset all;
    private final List<String> classNames;
    private final List<String> inputNames;
    private final String targetName;
    private final String notice;
    private final TextTable source;
    private final TableChoice choice;

    private OwnTable(Dataset all, List<String> classNames, List<String> inputNames, String targetName, String notice,
                     TextTable source, TableChoice choice) {
        this.all = all;
        this.classNames = List.copyOf(classNames);
        this.inputNames = List.copyOf(inputNames);
        this.targetName = targetName;
        this.notice = notice;
        this.source = source;
        this.choice = choice;
    }

    /** The table the rows were read from. */
    public TextTable source() {
        return source;
    }

    /** The columns chosen. */
    public TableChoice choice() {
        return choice;
    }

    /** The number of inputs, 1 to {@value TableChoice#MAX_INPUTS}. */
    public int inputCount() {
        return inputNames.size();
    }

    /** The same rows with the view showing inputs {@code a} and {@code b} (with more than two inputs). */
    public OwnTable showing(int a, int b) {
        return from(source, choice.showing(a, b));
    }

    /**
     * Whether {@code other} is the same rows read the same way, perhaps shown over another two of its
     * inputs: the network learns the very same from both.
     */
    public boolean sameRowsAs(OwnTable other) {
        TableChoice c = other.choice;
        return other.source == source && java.util.Arrays.equals(c.inputs(), choice.inputs()) && c.target() == choice.target()
                && c.reading() == choice.reading();
    }

    /**
     * The data of {@code choice}'s columns of {@code table}.
     *
     * @throws TableException for a cell that is no number where one is needed (naming its line)
     * @throws IllegalArgumentException for a choice that does not fit the table
     */
    public static OwnTable from(TextTable table, TableChoice choice) {
        int[] inputs = choice.inputs();
        int target = choice.target();
        for (int c : inputs) {
            checkColumn(table, c);
        }
        checkColumn(table, target);
        boolean classes = readsClasses(table, choice);
        if (classes && inputs.length < 2) {
            throw new IllegalArgumentException("Classes need at least two input columns; choose a second input,"
                    + " or read '" + table.name(target) + "' as values.");
        }
        int n = table.rowCount();
        double[][] x = new double[inputs.length][n];
        String[] labelText = new String[n];
        double[] values = new double[n];
        int kept = 0;
        int leftOut = 0;
        int firstLeftOut = 0;
        String firstColumn = null;
        for (int r = 0; r < n; r++) {
            String missingIn = null;
            for (int k = 0; k < inputs.length && missingIn == null; k++) {
                String cell = table.cell(r, inputs[k]);
                if (Cells.isMissing(cell)) {
                    missingIn = table.name(inputs[k]);
                } else {
                    x[k][kept] = number(table, r, inputs[k]);
                }
            }
            String t = table.cell(r, target);
            if (missingIn == null && Cells.isMissing(t)) {
                missingIn = table.name(target);
            }
            if (missingIn != null) {
                if (leftOut++ == 0) {
                    firstLeftOut = table.line(r);
                    firstColumn = missingIn;
                }
                continue;
            }
            if (classes) {
                labelText[kept] = t;
            } else {
                values[kept] = number(table, r, target);
            }
            kept++;
        }
        if (kept == 0) {
            throw new TableException(0, "Every row has a missing value in a chosen column (the first on line "
                    + firstLeftOut + ", in '" + firstColumn + "'); no data is left.");
        }
        String notice = leftOut == 0 ? "" : (leftOut == 1 ? "1 row was" : NumberFormat.grouped(leftOut) + " rows were")
                + " left out for a missing value (empty, NaN or infinity)" + (leftOut == 1 ? ": line " : ", first on line ")
                + firstLeftOut + " in '" + firstColumn + "'.";
        List<String> inputNames = new ArrayList<>();
        for (int c : inputs) {
            inputNames.add(table.name(c));
        }
        int width = inputs.length;
        double[] x1 = java.util.Arrays.copyOf(x[width > 2 ? choice.first() : 0], kept);
        double[] x2 = width > 1 ? java.util.Arrays.copyOf(x[width > 2 ? choice.second() : 1], kept) : null;
        InputSlice slice = null;
        double[] rows = null;
        if (width > 2) {
            rows = new double[kept * width];
            double[] means = new double[width];
            for (int k = 0; k < width; k++) {
                double sum = 0;
                for (int r = 0; r < kept; r++) {
                    rows[r * width + k] = x[k][r];
                    sum += x[k][r];
                }
                means[k] = sum / kept;
            }
            slice = new InputSlice(width, choice.first(), choice.second(), means);
        }
        if (classes) {
            List<String> names = classNames(labelText, kept, table.name(target));
            int[] labels = new int[kept];
            for (int i = 0; i < kept; i++) {
                labels[i] = names.indexOf(labelText[i]);
            }
            ProblemType problem = names.size() == 2 ? ProblemType.CLASSIFICATION : ProblemType.MULTICLASS;
            Dataset all = new Dataset(problem, names.size(), planeDomain(x1, x2), x1, x2, labels, null, slice, rows);
            return new OwnTable(all, names, inputNames, table.name(target), notice, table, choice);
        }
        double[] t = java.util.Arrays.copyOf(values, kept);
        Dataset all = x2 == null
                ? new Dataset(ProblemType.REGRESSION_1D, 0, curveDomain(x1, t), x1, null, null, t)
                : new Dataset(ProblemType.REGRESSION_2D, 0, planeDomain(x1, x2), x1, x2, null, t, slice, rows);
        return new OwnTable(all, List.of(), inputNames, table.name(target), notice, table, choice);
    }

    /** The problem the data poses. */
    public ProblemType problem() {
        return all.problem();
    }

    /** Number of rows kept. */
    public int size() {
        return all.size();
    }

    /** The class names in the order of their labels (empty for values). */
    public List<String> classNames() {
        return classNames;
    }

    /** The names of the input columns, x1 first. */
    public List<String> inputNames() {
        return inputNames;
    }

    public String targetName() {
        return targetName;
    }

    /** What was left out, "" when nothing was. */
    public String notice() {
        return notice;
    }

    /** All rows kept, in table order. */
    Dataset all() {
        return all;
    }

    /** 2 for two classes, the class count for several, 0 for values. */
    public int classCount() {
        return classNames.size();
    }

    private static boolean readsClasses(TextTable table, TableChoice choice) {
        switch (choice.reading()) {
            case CLASSES:
                return true;
            case VALUES:
                return false;
            default:
                if (choice.inputs().length < 2) {
                    return false;
                }
                List<String> seen = new ArrayList<>();
                boolean words = false;
                for (int r = 0; r < table.rowCount(); r++) {
                    String cell = table.cell(r, choice.target());
                    if (Cells.isMissing(cell)) {
                        continue;
                    }
                    if (!Cells.isNumber(cell)) {
                        if (Cells.isNumber(cell.replace(',', '.'))) {
                            number(table, r, choice.target()); // a decimal comma: say so, not "classes"
                        }
                        words = true;
                    } else if (Cells.number(cell) != Math.floor(Cells.number(cell))) {
                        return false;
                    }
                    if (!seen.contains(cell)) {
                        seen.add(cell);
                        if (seen.size() > DataSpec.MAX_CLASSES) {
                            return words;
                        }
                    }
                }
                return true;
        }
    }

    /** The classes in order: numerically when every one is a number, else in order of first appearance. */
    private static List<String> classNames(String[] labels, int n, String column) {
        List<String> names = new ArrayList<>();
        boolean numbers = true;
        for (int i = 0; i < n; i++) {
            if (!names.contains(labels[i])) {
                names.add(labels[i]);
                if (names.size() > DataSpec.MAX_CLASSES) {
                    throw new IllegalArgumentException("The column '" + column + "' has more than " + DataSpec.MAX_CLASSES
                            + " classes; at most " + DataSpec.MAX_CLASSES + " can be told apart. Read it as values?");
                }
                numbers &= Cells.isNumber(labels[i]);
            }
        }
        if (names.size() < 2) {
            throw new IllegalArgumentException("Every row is in the class '" + names.get(0) + "' of '" + column
                    + "'; classes need at least two.");
        }
        if (numbers) {
            names.sort((a, b) -> Double.compare(Cells.number(a), Cells.number(b)));
        }
        return names;
    }

    private static double number(TextTable table, int r, int c) {
        String cell = table.cell(r, c);
        double v = Cells.number(cell);
        if (v != v) {
            String hint = cell.indexOf(',') >= 0 && Cells.isNumber(cell.replace(',', '.'))
                    ? " (write the decimal point as '.')" : "";
            String shown = cell.length() > 20 ? cell.substring(0, 20) + "..." : cell;
            throw new TableException(table.line(r), "'" + shown + "' in the column '" + table.name(c)
                    + "' is not a number" + hint);
        }
        if (Math.abs(v) > MAX_VALUE) {
            throw new TableException(table.line(r), cell + " in the column '" + table.name(c)
                    + "' is too large; numbers up to 1e12 in size are read");
        }
        return v;
    }

    private static void checkColumn(TextTable table, int c) {
        if (c < 0 || c >= table.columnCount()) {
            int shown = c + 1;
            throw new IllegalArgumentException("The table has columns 1 to " + table.columnCount() + "; there is no column "
                    + shown + ".");
        }
    }

    private static Domain planeDomain(double[] x1, double[] x2) {
        double[] a = range(x1);
        double[] b = range(x2);
        return new Domain(a[0], a[1], b[0], b[1]);
    }

    private static Domain curveDomain(double[] x, double[] y) {
        double[] a = range(x);
        double[] b = range(y);
        return new Domain(a[0], a[1], b[0], b[1]);
    }

    /** The range of the values with a margin, never empty. */
    private static double[] range(double[] v) {
        double min = v[0];
        double max = v[0];
        for (double d : v) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double m = MARGIN * (max - min);
        if (!(m > 1e-12 * Math.max(1.0, Math.abs(max)))) {
            m = Math.max(1.0, Math.abs(max) * 0.1);
        }
        return new double[] {min - m, max + m};
    }
}
