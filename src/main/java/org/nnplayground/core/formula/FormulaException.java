package org.nnplayground.core.formula;

/**
 * A formula that cannot be read, with the place where reading stopped: {@link #position()} is the
 * 1-based character, and the message starts with it ("at 7: expected a number, a name or '(' after '*'").
 */
public final class FormulaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String reason;

    FormulaException(int position, String reason) {
        super("at " + position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** The 1-based character at which the formula went wrong (one past the end for a formula cut short). */
    public int position() {
        return position;
    }

    /** The message without its position. */
    public String reason() {
        return reason;
    }
}
