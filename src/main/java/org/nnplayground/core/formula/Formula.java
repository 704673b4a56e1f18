package org.nnplayground.core.formula;

/**
 * A formula read from text: a curve y = f(x), a surface z = f(x1, x2) or a rule on (x1, x2); see
 * {@link FormulaParser} for the language. Immutable; equal formulas have equal text and kind.
 * {@link #valueAt} gives the same bits in every build (the maths is {@code DetMath}'s).
 */
public final class Formula {
    /** The longest formula accepted, in characters. */
    public static final int MAX_LENGTH = 1000;
    /** The deepest nesting accepted (parentheses, signs, powers and calls each count one level). */
    public static final int MAX_DEPTH = 100;

    private final String text;
    private final FormulaKind kind;
    private final Program program;

    private Formula(String text, FormulaKind kind, Program program) {
        this.text = text;
        this.kind = kind;
        this.program = program;
    }

    /**
     * Reads {@code text} (surrounding spaces ignored) as a formula of {@code kind}.
     *
     * @throws FormulaException naming the character where reading stopped
     */
    public static Formula parse(String text, FormulaKind kind) {
        if (text == null || kind == null) {
            throw new IllegalArgumentException("a formula needs its text and its kind");
        }
        String t = text.trim();
        if (t.length() > MAX_LENGTH) {
            throw new FormulaException(MAX_LENGTH + 1, "the formula is longer than " + MAX_LENGTH + " characters");
        }
        return new Formula(t, kind, FormulaParser.parse(t, kind));
    }

    /** The text as read, without surrounding spaces. */
    public String text() {
        return text;
    }

    public FormulaKind kind() {
        return kind;
    }

    /**
     * The value at x (a curve; {@code x2} is ignored) or at (x1, x2); a rule gives 1 where it
     * holds and 0 elsewhere. NaN where the formula is undefined: some step divides by zero, takes
     * log of zero or a negative number, sqrt of a negative, a fractional power of a negative, or
     * overflows.
     */
    public double valueAt(double x1, double x2) {
        return program.run(x1, x2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula && ((Formula) o).text.equals(text) && ((Formula) o).kind == kind;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + kind.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
