package org.nnplayground.core.table;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.text.NumberFormat;

/**
 * Reads CSV or TSV text into a {@link TextTable}: fields separated by commas, semicolons or tabs,
 * optionally in double quotes (a quote inside doubled: {@code "say ""hi"""}; a quoted field may hold
 * the separator and line breaks), lines ended by LF, CRLF or CR, blank lines skipped, spaces around
 * unquoted fields dropped, a leading byte-order mark ignored.
 *
 * <p>Limits, checked as the text is read so that the work stays proportional to what is accepted:
 * at most {@value #MAX_CHARS} characters, {@value #MAX_COLUMNS} columns and {@value #MAX_ROWS} rows
 * (besides the header). Text with control characters (other than tab and line breaks) is refused
 * as binary. Every row must have as many fields as the first. Failures are {@link TableException}s
 * that name the line.
 */
public final class CsvReader {
    /** The longest text read. */
    public static final int MAX_CHARS = 4_000_000;
    /** The most columns a table may have. */
    public static final int MAX_COLUMNS = 100;
    /** The most rows a table may have, the header not counted. */
    public static final int MAX_ROWS = 10_000;

    private final String text;
    private final char separator;
    private int at;
    private int line = 1;

    private CsvReader(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /**
     * The table in {@code text}.
     *
     * @throws TableException naming the line at fault, or the text as a whole (too long, empty)
     */
    public static TextTable read(String text, CsvOptions options) {
        if (text == null || options == null) {
            throw new IllegalArgumentException("read needs the text and the options");
        }
        if (text.length() > MAX_CHARS) {
            throw new TableException(0, "The text is " + NumberFormat.grouped(text.length())
                    + " characters long; a table may have at most " + NumberFormat.grouped(MAX_CHARS) + ".");
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char sep = options.separator() != 0 ? options.separator() : detectSeparator(t);
        CsvReader reader = new CsvReader(t, sep);
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int width = -1;
        int firstLine = 0;
        while (true) {
            reader.skipBlankLines();
            if (reader.at >= t.length()) {
                break;
            }
            int start = reader.line;
            String[] record = reader.record();
            if (width < 0) {
                width = record.length;
                firstLine = start;
            } else if (record.length != width) {
                throw new TableException(start, record.length + (record.length == 1 ? " field" : " fields")
                        + ", but line " + firstLine + " has " + width + " (separator: " + name(sep) + ")");
            }
            if (records.size() > MAX_ROWS) {
                throw new TableException(start, "the table has more than " + NumberFormat.grouped(MAX_ROWS)
                        + " rows; at most " + NumberFormat.grouped(MAX_ROWS) + " are read");
            }
            records.add(record);
            lines.add(start);
        }
        if (records.isEmpty()) {
            throw new TableException(0, "The text holds no table: paste lines of values separated by commas,"
                    + " semicolons or tabs.");
        }
        boolean header = options.header() == CsvOptions.Header.YES
                || options.header() == CsvOptions.Header.DETECT && looksLikeHeader(records);
        int first = header ? 1 : 0;
        if (records.size() - first > MAX_ROWS) {
            throw new TableException(lines.get(MAX_ROWS + first), "the table has more than "
                    + NumberFormat.grouped(MAX_ROWS) + " rows; at most " + NumberFormat.grouped(MAX_ROWS) + " are read");
        }
        if (records.size() == first) {
            throw new TableException(lines.get(0), "the table has a header but no rows");
        }
        String[] names = new String[width];
        for (int c = 0; c < width; c++) {
            String n = header ? records.get(0)[c] : "";
            names[c] = n.isEmpty() ? "column " + (c + 1) : n;
        }
        String[][] rows = new String[records.size() - first][];
        int[] rowLines = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = records.get(r + first);
            rowLines[r] = lines.get(r + first);
        }
        return new TextTable(names, rows, rowLines, sep, header);
    }

    /** The first row is a header when some column has a word there and a number in the second row. */
    private static boolean looksLikeHeader(List<String[]> records) {
        if (records.size() < 2) {
            return false;
        }
        String[] a = records.get(0);
        String[] b = records.get(1);
        for (int c = 0; c < a.length; c++) {
            if (!Cells.isNumber(a[c]) && !Cells.isMissing(a[c]) && Cells.isNumber(b[c])) {
                return true;
            }
        }
        return false;
    }

    /** The most frequent of comma, semicolon and tab outside quotes on the first non-blank line; comma on a tie. */
    private static char detectSeparator(String t) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
            } else if (!quoted) {
                started |= c != ' ';
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String name(char sep) {
        return sep == ',' ? "comma" : sep == ';' ? "semicolon" : "tab";
    }

    private void skipBlankLines() {
        while (true) {
            int i = at;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' && separator != '\t')) {
                i++;
            }
            if (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                at = endOfLine(i);
                continue;
            }
            if (i >= text.length()) {
                at = i;
            }
            return;
        }
    }

    /** Moves past the line break at {@code i} (CRLF counts once); returns the next position. */
    private int endOfLine(int i) {
        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
        }
        line++;
        return i + 1;
    }

    /** Reads one record, up to and past its line break. */
    private String[] record() {
        List<String> fields = new ArrayList<>();
        int start = line;
        while (true) {
            if (fields.size() >= MAX_COLUMNS) {
                throw new TableException(start, "more than " + MAX_COLUMNS + " columns (separator: " + name(separator)
                        + "); a table may have at most " + MAX_COLUMNS);
            }
            fields.add(field());
            if (at >= text.length()) {
                break;
            }
            char c = text.charAt(at);
            if (c == separator) {
                at++;
                continue;
            }
            at = endOfLine(at); // a line break
            break;
        }
        return fields.toArray(new String[0]);
    }

    /** Reads one field; leaves {@link #at} on the separator, the line break or the end. */
    private String field() {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '"') {
            return quoted(i);
        }
        int begin = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == separator || c == '\n' || c == '\r') {
                break;
            }
            checkCharacter(c);
            if (c == '"') {
                throw new TableException(line, "a quote inside an unquoted field; put the whole field in quotes"
                        + " and double the quote (\"say \"\"hi\"\"\")");
            }
            at++;
        }
        return text.substring(begin, at).trim();
    }

    private String quoted(int open) {
        int openLine = line;
        StringBuilder s = new StringBuilder();
        int i = open + 1;
        while (true) {
            if (i >= text.length()) {
                throw new TableException(openLine, "a quote opened on this line is never closed");
            }
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    s.append('"');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (c == '\n' || c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                line++;
            }
            if (c != '\n' && c != '\r') {
                checkCharacter(c);
            }
            s.append(c);
            i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && text.charAt(i) != separator && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            throw new TableException(line, "text after the closing quote of a field; a field's quotes enclose all of it");
        }
        at = i;
        return s.toString();
    }

    private void checkCharacter(char c) {
        if (c < ' ' && c != '\t' || c == 0x7F || c == '\uFFFD') {
            throw new TableException(line, "this is not text: it holds a control character (code "
                    + (int) c + "); is it a binary file? Paste or drop a CSV or TSV table.");
        }
    }
}
