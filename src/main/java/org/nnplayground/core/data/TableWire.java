package org.nnplayground.core.data;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.table.TextTable;

/**
 * A loaded table as text, to hand it from one module of the page to another (links do not carry
 * tables): the table as read (its names, cells, lines, separator and header) and the columns chosen,
 * each item written as its length, ':' and itself, so that any cell text comes back unchanged.
 * {@code decode(encode(t))} reads the same rows the same way as {@code t}.
 */
public final class TableWire {
    private static final String VERSION = "1";

    private TableWire() {
    }

    /** The text of {@code table}. */
    public static String encode(OwnTable table) {
        TextTable t = table.source();
        TableChoice c = table.choice();
        StringBuilder out = new StringBuilder();
        item(out, VERSION);
        item(out, String.valueOf((int) t.separator()));
        item(out, t.hasHeader() ? "1" : "0");
        item(out, String.valueOf(t.columnCount()));
        for (int col = 0; col < t.columnCount(); col++) {
            item(out, t.name(col));
        }
        item(out, String.valueOf(t.rowCount()));
        for (int r = 0; r < t.rowCount(); r++) {
            item(out, String.valueOf(t.line(r)));
            for (int col = 0; col < t.columnCount(); col++) {
                item(out, t.cell(r, col));
            }
        }
        int[] inputs = c.inputs();
        item(out, String.valueOf(inputs.length));
        for (int i : inputs) {
            item(out, String.valueOf(i));
        }
        item(out, String.valueOf(c.target()));
        item(out, c.reading().name());
        item(out, String.valueOf(c.first()));
        item(out, String.valueOf(c.second()));
        return out.toString();
    }

    /**
     * The table {@code text} holds.
     *
     * @throws IllegalArgumentException for text that is not such a table
     */
    public static OwnTable decode(String text) {
        List<String> items = items(text);
        int[] at = {0};
        if (!VERSION.equals(next(items, at))) {
            throw new IllegalArgumentException("The table handed over is of another version.");
        }
        char separator = (char) number(items, at);
        boolean header = "1".equals(next(items, at));
        String[] names = new String[count(items, at)];
        for (int col = 0; col < names.length; col++) {
            names[col] = next(items, at);
        }
        int rowCount = count(items, at);
        String[][] rows = new String[rowCount][names.length];
        int[] lines = new int[rowCount];
        for (int r = 0; r < rowCount; r++) {
            lines[r] = number(items, at);
            for (int col = 0; col < names.length; col++) {
                rows[r][col] = next(items, at);
            }
        }
        int[] inputs = new int[count(items, at)];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = number(items, at);
        }
        int target = number(items, at);
        TableChoice.Target reading;
        try {
            reading = TableChoice.Target.valueOf(next(items, at));
        } catch (IllegalArgumentException e) {
            throw broken();
        }
        TableChoice choice = new TableChoice(inputs, target, reading, number(items, at), number(items, at));
        if (at[0] != items.size()) {
            throw broken();
        }
        return OwnTable.from(TextTable.of(names, rows, lines, separator, header), choice);
    }

    private static void item(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value);
    }

    private static List<String> items(String text) {
        if (text == null) {
            throw broken();
        }
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int colon = text.indexOf(':', i);
            if (colon <= i || colon - i > 9) {
                throw broken();
            }
            int length = 0;
            for (int k = i; k < colon; k++) {
                char d = text.charAt(k);
                if (d < '0' || d > '9') {
                    throw broken();
                }
                length = length * 10 + d - '0';
            }
            if (colon + 1 + length > text.length()) {
                throw broken();
            }
            items.add(text.substring(colon + 1, colon + 1 + length));
            i = colon + 1 + length;
        }
        return items;
    }

    private static String next(List<String> items, int[] at) {
        if (at[0] >= items.size()) {
            throw broken();
        }
        return items.get(at[0]++);
    }

    private static int number(List<String> items, int[] at) {
        String s = next(items, at);
        if (s.isEmpty() || s.length() > 9) {
            throw broken();
        }
        int v = 0;
        boolean negative = s.charAt(0) == '-';
        for (int k = negative ? 1 : 0; k < s.length(); k++) {
            char d = s.charAt(k);
            if (d < '0' || d > '9') {
                throw broken();
            }
            v = v * 10 + d - '0';
        }
        return negative ? -v : v;
    }

    private static int count(List<String> items, int[] at) {
        int n = number(items, at);
        if (n < 0 || n > items.size()) {
            throw broken();
        }
        return n;
    }

    private static IllegalArgumentException broken() {
        return new IllegalArgumentException("The table handed over could not be read.");
    }
}
