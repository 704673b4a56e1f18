package org.nnplayground.core.table;

/**
 * A table as read: column names (from the header, else "column 1", "column 2", ...), rows of cells as
 * text, and each row's line in the source (so a later check can name it). Immutable.
 */
public final class TextTable {
    private final String[] names;
    private final String[][] rows;
    private final int[] lines;
    private final char separator;
    private final boolean header;

    TextTable(String[] names, String[][] rows, int[] lines, char separator, boolean header) {
        this.names = names;
        this.rows = rows;
        this.lines = lines;
        this.separator = separator;
        this.header = header;
    }

    /**
     * A table made of its parts (copied), for a table handed from one module to another: every row
     * has a cell per column and a line.
     *
     * @throws IllegalArgumentException for rows of another width or a line per row missing
     */
    public static TextTable of(String[] names, String[][] rows, int[] lines, char separator, boolean header) {
        if (names == null || rows == null || lines == null || lines.length != rows.length) {
            throw new IllegalArgumentException("a table needs its names, and a line per row");
        }
        String[][] copy = new String[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null || rows[r].length != names.length) {
                throw new IllegalArgumentException("row " + (r + 1) + " does not have a cell per column");
            }
            copy[r] = rows[r].clone();
        }
        return new TextTable(names.clone(), copy, lines.clone(), separator, header);
    }

    public int columnCount() {
        return names.length;
    }

    public int rowCount() {
        return rows.length;
    }

    /** The name of column {@code c} (0-based). */
    public String name(int c) {
        checkColumn(c);
        return names[c];
    }

    /** The text of the cell in row {@code r}, column {@code c} (both 0-based), without quotes or surrounding spaces. */
    public String cell(int r, int c) {
        checkRow(r);
        checkColumn(c);
        return rows[r][c];
    }

    /** The 1-based line of the source on which row {@code r} starts. */
    public int line(int r) {
        checkRow(r);
        return lines[r];
    }

    /** The separator the table was read with. */
    public char separator() {
        return separator;
    }

    /** Whether the first line was read as the header. */
    public boolean hasHeader() {
        return header;
    }

    /** The separator's name for the page: "comma", "semicolon" or "tab". */
    public String separatorName() {
        return separator == ',' ? "comma" : separator == ';' ? "semicolon" : "tab";
    }

    private void checkRow(int r) {
        if (r < 0 || r >= rows.length) {
            throw new IndexOutOfBoundsException("row must be between 0 and " + (rows.length - 1) + ", was " + r);
        }
    }

    private void checkColumn(int c) {
        if (c < 0 || c >= names.length) {
            throw new IndexOutOfBoundsException("column must be between 0 and " + (names.length - 1) + ", was " + c);
        }
    }
}
