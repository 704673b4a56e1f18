package org.nnplayground.core.table;

/**
 * A table that cannot be read, with the line at fault (1-based; 0 when the problem is the text as a
 * whole). The message names the line: "line 7: 3 fields, but the header has 4".
 */
public final class TableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;

    /** A failure on {@code line} (0: the text as a whole) for {@code reason}. */
    public TableException(int line, String reason) {
        super(line > 0 ? "line " + line + ": " + reason : reason);
        this.line = line;
    }

    /** The 1-based line at fault, or 0 for the text as a whole. */
    public int line() {
        return line;
    }
}
