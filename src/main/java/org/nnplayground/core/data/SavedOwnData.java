package org.nnplayground.core.data;

import static org.nnplayground.core.text.KeptFields.field;

import org.nnplayground.core.table.CsvOptions;
import org.nnplayground.core.text.KeptFields;

/**
 * What the reader made, as the page keeps it in the browser's own storage between visits: the last
 * drawing, the last formula applied and the last table loaded (its text, how it was read and which
 * columns were chosen), and which of them was in use. Each part may be missing. {@link #write} gives
 * text that {@link #read} turns back into the same record; anything else (a damaged or foreign
 * value in storage) is refused with a message, never another exception.
 *
 * <p>The text: a first line {@value #HEADER}, then one field per entry in the format of
 * {@link KeptFields}. Unknown keys are skipped, so that a later version can add fields.
 *
 * @param drawing       the last drawing, or null
 * @param formulaKind   the kind of the last formula ({@link DatasetKind#formulaKind()} not null), or null
 * @param formula       the last formula, or null (with {@code formulaKind})
 * @param tableText     the last table's text as read, or null
 * @param tableSource   where the table came from ("the pasted text", a file name); "" when none
 * @param tableOptions  how the table was read (with {@code tableText})
 * @param tableChoice   its columns chosen (with {@code tableText})
 * @param inUse         {@link Part} of the data in use when kept, or {@link Part#NONE}
 */
public record SavedOwnData(DrawnPoints drawing, DatasetKind formulaKind, String formula, String tableText,
                           String tableSource, CsvOptions tableOptions, TableChoice tableChoice, Part inUse) {
    /** The first line of the text. */
    public static final String HEADER = "nn-playground own data 1";
    /** The field format, whose damage messages name the field. */
    private static final KeptFields FIELDS = new KeptFields(HEADER, "nn-playground's own data of version 1", true);

    /** Which part was in use. */
    public enum Part { NONE, DRAWING, FORMULA, TABLE }

    /** Checks that the parts come whole and that the part in use is there. */
    public SavedOwnData {
        if ((formulaKind == null) != (formula == null) || (formulaKind != null && formulaKind.formulaKind() == null)) {
            throw new IllegalArgumentException("a kept formula needs its kind, a formula kind");
        }
        if (tableText != null && (tableOptions == null || tableChoice == null)) {
            throw new IllegalArgumentException("a kept table needs how it was read and its columns");
        }
        if (tableText == null) {
            tableOptions = null;
            tableChoice = null;
        }
        tableSource = tableSource == null ? "" : tableSource;
        inUse = inUse == null ? Part.NONE : inUse;
        if ((inUse == Part.DRAWING && drawing == null) || (inUse == Part.FORMULA && formula == null)
                || (inUse == Part.TABLE && tableText == null)) {
            throw new IllegalArgumentException("the part in use, " + inUse + ", is not kept");
        }
    }

    /** Nothing kept. */
    public static final SavedOwnData NOTHING = new SavedOwnData(null, null, null, null, "", null, null, Part.NONE);

    /** Whether nothing is kept. */
    public boolean isEmpty() {
        return drawing == null && formula == null && tableText == null;
    }

    /** The same with {@code value} as the drawing, in use. */
    public SavedOwnData withDrawing(DrawnPoints value) {
        return new SavedOwnData(value, formulaKind, formula, tableText, tableSource, tableOptions, tableChoice, Part.DRAWING);
    }

    /** The same with {@code text} of {@code kind} as the formula, in use. */
    public SavedOwnData withFormula(DatasetKind kind, String text) {
        return new SavedOwnData(drawing, kind, text, tableText, tableSource, tableOptions, tableChoice, Part.FORMULA);
    }

    /** The same with a table (its text, source, reading and columns), in use. */
    public SavedOwnData withTable(String text, String source, CsvOptions options, TableChoice choice) {
        return new SavedOwnData(drawing, formulaKind, formula, text, source, options, choice, Part.TABLE);
    }

    /** The same with {@code part} in use (which must be kept). */
    public SavedOwnData inUse(Part part) {
        return new SavedOwnData(drawing, formulaKind, formula, tableText, tableSource, tableOptions, tableChoice, part);
    }

    /** What is kept, in words: "a drawing of 12 points, the formula x1 * x2 > 0 and a table from data.csv". */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (drawing != null) {
            parts.add("a drawing of " + drawing.size() + (drawing.size() == 1 ? " point" : " points"));
        }
        if (formula != null) {
            parts.add("the formula " + (formula.length() > 40 ? formula.substring(0, 40) + "..." : formula));
        }
        if (tableText != null) {
            parts.add("a table from " + tableSource);
        }
        if (parts.isEmpty()) {
            return "nothing";
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + " and " + last;
    }

    /** The text of this record. */
    public String write() {
        StringBuilder s = FIELDS.start();
        if (drawing != null) {
            field(s, "draw", DrawnPointsText.write(drawing));
        }
        if (formula != null) {
            field(s, "formula-kind", formulaKind.id());
            field(s, "formula", formula);
        }
        if (tableText != null) {
            field(s, "table", tableText);
            field(s, "table-source", tableSource);
            field(s, "table-separator", Integer.toString(tableOptions.separator()));
            field(s, "table-header", tableOptions.header().name());
            StringBuilder inputs = new StringBuilder();
            for (int c : tableChoice.inputs()) {
                inputs.append(inputs.length() > 0 ? "," : "").append(c);
            }
            field(s, "table-inputs", inputs.toString());
            field(s, "table-target", Integer.toString(tableChoice.target()));
            field(s, "table-reading", tableChoice.reading().name());
            field(s, "table-shown", tableChoice.first() + "," + tableChoice.second());
        }
        field(s, "in-use", inUse.name());
        return s.toString();
    }

    /**
     * The record {@code text} holds.
     *
     * @throws IllegalArgumentException saying what is damaged
     */
    public static SavedOwnData read(String text) {
        java.util.Map<String, String> fields = FIELDS.read(text);
        try {
            DrawnPoints drawing = fields.containsKey("draw") ? DrawnPointsText.read(fields.get("draw")) : null;
            DatasetKind kind = null;
            String formula = fields.get("formula");
            if (formula != null) {
                kind = DatasetKind.byId(fields.get("formula-kind"));
                if (kind == null || kind.formulaKind() == null) {
                    throw damaged("the formula's kind is unknown");
                }
            }
            String table = fields.get("table");
            CsvOptions options = null;
            TableChoice choice = null;
            if (table != null) {
                options = new CsvOptions((char) number(fields, "table-separator"),
                        CsvOptions.Header.valueOf(required(fields, "table-header")));
                String[] inputs = commaParts(required(fields, "table-inputs"));
                int[] columns = new int[inputs.length];
                for (int i = 0; i < inputs.length; i++) {
                    columns[i] = wholeNumber(inputs[i], "table-inputs");
                }
                String[] shown = commaParts(required(fields, "table-shown"));
                if (shown.length != 2) {
                    throw damaged("the table's shown inputs are not two");
                }
                choice = new TableChoice(columns, number(fields, "table-target"),
                        TableChoice.Target.valueOf(required(fields, "table-reading")),
                        wholeNumber(shown[0], "table-shown"), wholeNumber(shown[1], "table-shown"));
            }
            Part part = Part.valueOf(required(fields, "in-use"));
            return new SavedOwnData(drawing, kind, formula, table, fields.get("table-source"), options, choice, part);
        } catch (IllegalArgumentException e) { // valueOf's and the records' too
            throw KeptFields.asDamage(e);
        }
    }

    /** The comma-separated parts of {@code text}, empty ones kept (without String.split, whose regular expressions would weigh on the page). */
    private static String[] commaParts(String text) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int start = 0;
        while (true) {
            int comma = text.indexOf(',', start);
            parts.add(text.substring(start, comma < 0 ? text.length() : comma));
            if (comma < 0) {
                return parts.toArray(new String[0]);
            }
            start = comma + 1;
        }
    }

    private static String required(java.util.Map<String, String> fields, String key) {
        String v = fields.get(key);
        if (v == null) {
            throw damaged("the field '" + key + "' is missing");
        }
        return v;
    }

    private static int number(java.util.Map<String, String> fields, String key) {
        return wholeNumber(required(fields, key), key);
    }

    private static int wholeNumber(String text, String key) {
        if (text.length() > 6 || !KeptFields.allDigits(text)) {
            throw damaged("the field '" + key + "' is not a whole number");
        }
        return Integer.parseInt(text);
    }

    private static IllegalArgumentException damaged(String why) {
        return KeptFields.damaged(why);
    }
}
