package org.nnplayground.core.data;

/**
 * Which columns of a table the network learns from: the input columns (x1, and x2 when there are
 * two) and the target column, read as classes or as values ({@link Target#DETECT}: classes when the
 * column holds words, or at most {@value DataSpec#MAX_CLASSES} different whole numbers and there are
 * two inputs; values otherwise).
 */
public record TableChoice(int[] inputs, int target, Target reading) {
    /** How the target column is read. */
    public enum Target { DETECT, CLASSES, VALUES }

    /** The most input columns a table may give. */
    public static final int MAX_INPUTS = 2;

    public TableChoice {
        if (inputs == null || inputs.length < 1 || inputs.length > MAX_INPUTS) {
            throw new IllegalArgumentException("Choose one or two input columns.");
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

    /** The input columns (a copy). */
    @Override
    public int[] inputs() {
        return inputs.clone();
    }

    /** The usual choice for a table of {@code columns} columns: the last is the target, the first one or two before it the inputs. */
    public static TableChoice usual(int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("A table needs at least two columns: an input and a target.");
        }
        return columns == 2 ? new TableChoice(new int[] {0}, 1, Target.DETECT)
                : new TableChoice(new int[] {0, 1}, columns - 1, Target.DETECT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableChoice && java.util.Arrays.equals(((TableChoice) o).inputs, inputs)
                && ((TableChoice) o).target == target && ((TableChoice) o).reading == reading;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(inputs) * 31 + target * 7 + reading.hashCode();
    }
}
