package org.nnplayground.core.table;

/**
 * How to read a table: the separator (or {@code 0} to detect it from the first line: the most
 * frequent of comma, semicolon and tab outside quotes) and whether the first row is a header
 * ({@link Header#DETECT}: it is when some column has a word there and a number in the next row).
 */
public record CsvOptions(char separator, Header header) {
    /** Whether the first row names the columns. */
    public enum Header { DETECT, YES, NO }

    /** Detect both. */
    public static final CsvOptions DETECT = new CsvOptions((char) 0, Header.DETECT);

    public CsvOptions {
        if (separator != 0 && separator != ',' && separator != ';' && separator != '\t') {
            throw new IllegalArgumentException("the separator is a comma, a semicolon or a tab");
        }
        if (header == null) {
            throw new IllegalArgumentException("say whether the table has a header, or DETECT");
        }
    }

    public CsvOptions withSeparator(char value) {
        return new CsvOptions(value, header);
    }

    public CsvOptions withHeader(Header value) {
        return new CsvOptions(separator, value);
    }
}
