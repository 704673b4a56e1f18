package org.nnplayground.core.data;

/**
 * Which columns of a table the network learns from: the input columns (x1, and x2 when there are
 * two; up to {@value #MAX_INPUTS}, of which the output view shows two) and the target column, read as classes or as values ({@link Target#DETECT}: classes when the
 * column holds words, or at most {@value DataSpec#MAX_CLASSES} different whole numbers and there are
 * two inputs; values otherwise).
 */
public record TableChoice(int[] inputs, int target, Target reading, int first, int second) {
    /** How the target column is read. */
    public enum Target { DETECT, CLASSES, VALUES }

    /** The most input columns a table may give. */
    public static final int MAX_INPUTS = 16;

    /**
     * Validates the choice. With more than two inputs, {@code first} and {@code second} (0-based
     * places in {@code inputs}) are the two the output view shows across and up, the others held at
     * their means; with one or two they must be 0 and 1.
     */
    public TableChoice {
        if (inputs == null || inputs.length < 1 || inputs.length > MAX_INPUTS) {
            throw new IllegalArgumentException("Choose 1 to " + MAX_INPUTS + " input columns.");
        }
        if (inputs.length <= 2 ? first != 0 || second != 1
                : first < 0 || second < 0 || first >= inputs.length || second >= inputs.length || first == second) {
            throw new IllegalArgumentException("Show two different inputs of the " + inputs.length + " across and up.");
        }
        inputs = inputs.clone();
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == target) {
                throw new IllegalArgumentException("The target column cannot be an input too.");
            }
            for (int j = 0; j < i; j++) {
                if (inputs[j] == inputs[i]) {
                    throw new IllegalArgumentException("Each input column can be chosen once.");
                }
            }
        }
        if (reading == null) {
            throw new IllegalArgumentException("say how the target is read, or DETECT");
        }
    }

    /** The choice with the view showing the first two inputs. */
    public TableChoice(int[] inputs, int target, Target reading) {
        this(inputs, target, reading, 0, 1);
    }

    /** The same columns, the view showing inputs {@code a} and {@code b} (places in {@link #inputs()}). */
    public TableChoice showing(int a, int b) {
        return new TableChoice(inputs, target, reading, a, b);
    }

    /** The input columns (a copy). */
    @Override
    public int[] inputs() {
        return inputs.clone();
    }

    /**
     * The usual choice for a table of {@code columns} columns: the last is the target, the columns
     * before it (at most the first {@value #MAX_INPUTS}) the inputs, the view showing the first two.
     */
    public static TableChoice usual(int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("A table needs at least two columns: an input and a target.");
        }
        int[] inputs = new int[Math.min(MAX_INPUTS, columns - 1)];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = i;
        }
        return new TableChoice(inputs, columns - 1, Target.DETECT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableChoice && java.util.Arrays.equals(((TableChoice) o).inputs, inputs)
                && ((TableChoice) o).target == target && ((TableChoice) o).reading == reading
                && ((TableChoice) o).first == first && ((TableChoice) o).second == second;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(inputs) * 31 + target * 7 + reading.hashCode() + first * 3 + second * 5;
    }
}
