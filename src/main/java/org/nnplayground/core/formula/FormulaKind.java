package org.nnplayground.core.formula;

/**
 * What a formula describes, which fixes its variables: a curve y = f(x) has x, a surface
 * z = f(x1, x2) and a rule (two classes: class 1 where the rule holds) have x1 and x2. A rule must
 * be a comparison, or comparisons joined by {@code and} / {@code or}.
 */
public enum FormulaKind {
    /** y = f(x). */
    CURVE("y = f(x)", "x"),
    /** z = f(x1, x2). */
    SURFACE("z = f(x1, x2)", "x1", "x2"),
    /** Class 1 where the rule holds, class 0 elsewhere. */
    RULE("a rule on (x1, x2)", "x1", "x2");

    private final String shape;
    private final String[] variables;

    FormulaKind(String shape, String... variables) {
        this.shape = shape;
        this.variables = variables;
    }

    /** How the formula is written, for messages: "y = f(x)". */
    public String shape() {
        return shape;
    }

    /** The index of variable {@code name} (0 for x and x1, 1 for x2), or -1 if this kind has no such variable. */
    int variable(String name) {
        for (int i = 0; i < variables.length; i++) {
            if (variables[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The variables, joined for a message: "x" or "x1 and x2". */
    String variableList() {
        return variables.length == 1 ? variables[0] : variables[0] + " and " + variables[1];
    }
}
