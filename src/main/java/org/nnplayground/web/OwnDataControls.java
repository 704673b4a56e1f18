package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.OwnTable;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.data.SavedOwnData;
import org.nnplayground.core.data.TableChoice;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.table.CsvOptions;
import org.nnplayground.core.table.CsvReader;
import org.nnplayground.core.table.TextTable;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * "Your data" in the data column: a formula box ({@link FormulaBox}), a start for drawing points
 * and a table area (paste, drop or choose a CSV/TSV file, then choose its columns). The core reads
 * both; this class only keeps what the reader typed and the last table that was read, so a redraw
 * of the column loses nothing, and the data in use changes only once new data has been read.
 */
final class OwnDataControls {
    /** Files larger than this are not read at all (the reader takes at most {@link CsvReader#MAX_CHARS} characters). */
    private static final double MAX_FILE_BYTES = 16_000_000;

    private final PlaygroundPage page;
    private boolean open;
    private final FormulaBox formula;
    private String tableDraft = "";
    private String tableError;
    private String tableSource = "";
    private TextTable table;
    private TableChoice choice;
    private CsvOptions options = CsvOptions.DETECT;
    /** The text of the table in use and how it was read, as the browser's storage keeps it. */
    private String tableText;
    private CsvOptions tableOptions;
    private final StorageKeeper<SavedOwnData> keeper;
    /** The last drawing of each problem (by {@link ProblemType#ordinal()}), or null. */
    private final DrawnPoints[] drawings = new DrawnPoints[ProblemType.values().length];

    OwnDataControls(PlaygroundPage page) {
        this.page = page;
        keeper = OwnDataKeeper.open(!page.embedded());
        formula = new FormulaBox(page, () -> open = true);
    }

    /** Keeps the reader's data of {@code s} in the browser's storage (see {@link OwnDataKeeper}). */
    void keep(PlaygroundState s) {
        keeper.keep(current(s));
    }

    /** What to keep of {@code s}: the own data in use, beside the other parts kept before. */
    private SavedOwnData current(PlaygroundState s) {
        SavedOwnData k = keeper.kept();
        DataSpec d = s.data();
        DatasetKind kind = d.kind();
        if (kind.isDrawn() && !d.drawn().isEmpty()) {
            return k.inUse() == SavedOwnData.Part.DRAWING && d.drawn().equals(k.drawing()) ? k : k.withDrawing(d.drawn());
        }
        if (kind.formulaKind() != null) {
            return k.inUse() == SavedOwnData.Part.FORMULA && kind == k.formulaKind() && d.formula().equals(k.formula()) ? k
                    : k.withFormula(kind, d.formula());
        }
        if (kind.isTable() && tableText != null) {
            return k.inUse() == SavedOwnData.Part.TABLE && tableText == k.tableText() && choice.equals(k.tableChoice()) ? k
                    : k.withTable(tableText, tableSource, tableOptions, choice);
        }
        return k.inUse() == SavedOwnData.Part.NONE ? k : k.inUse(SavedOwnData.Part.NONE);
    }

    /**
     * What the top of the data column says about the browser's storage: the offer to restore what an
     * earlier visit kept, or why nothing can be kept; null when there is nothing to say.
     */
    HTMLElement storageNotice() {
        SavedOwnData offered = keeper.offered();
        if (offered != null) {
            HTMLElement box = Dom.el("div", "nnp-restore");
            box.setAttribute("role", "region");
            box.setAttribute("aria-label", "Restore your data");
            box.setAttribute("data-key", "restore-offer");
            box.appendChild(Dom.text("p", "nnp-restore-title", "Restore your data?"));
            box.appendChild(Dom.text("p", null, "This browser kept " + offered.describe() + " from your last visit"
                    + " (in its own storage; nothing was sent anywhere)."));
            HTMLElement row = Dom.el("div", "nnp-restore-buttons");
            row.appendChild(Dom.button("restore-yes", "Restore", "Bring back the data you made", null, this::restore));
            row.appendChild(Dom.button("restore-delete", "Delete", "Delete the kept data from this browser", null,
                    this::forget));
            box.appendChild(row);
            return box;
        }
        if (keeper.problem() != null) {
            HTMLElement note = Dom.text("p", "nnp-own-error", keeper.problem());
            note.setAttribute("role", "status");
            note.setAttribute("data-key", "storage-note");
            return note;
        }
        return null;
    }

    /** Puts back what an earlier visit kept: every part where it belongs, the one in use in use again. */
    private void restore() {
        SavedOwnData r = keeper.offered();
        SavedOwnData.Part part = r.inUse();
        if (r.drawing() != null) {
            drawings[r.drawing().problem().ordinal()] = r.drawing();
        }
        if (r.formula() != null) {
            formula.putDraft(r.formulaKind(), r.formula());
        }
        OwnTable own = null;
        if (r.tableText() != null) {
            try {
                TextTable t = CsvReader.read(r.tableText(), r.tableOptions());
                own = OwnTable.from(t, r.tableChoice());
                table = t;
                choice = r.tableChoice();
                tableSource = r.tableSource();
                tableText = r.tableText();
                tableOptions = r.tableOptions();
                options = r.tableOptions();
                tableDraft = r.tableText().length() <= 100_000 ? r.tableText() : "";
            } catch (IllegalArgumentException e) {
                tableError = "The kept table could not be read again: " + sentence(e.getMessage());
                part = part == SavedOwnData.Part.TABLE ? SavedOwnData.Part.NONE : part;
            }
        }
        keeper.answered(part == r.inUse() ? r : r.inUse(part));
        open = true;
        switch (part) {
            case DRAWING:
                page.edit(st -> StateEdits.withData(st, st.data().withDrawn(r.drawing())));
                break;
            case FORMULA:
                formula.apply(r.formulaKind(), r.formula());
                break;
            case TABLE:
                use(own);
                page.refreshControls();
                break;
            default:
                page.refreshControls();
        }
        page.say("Restored " + r.describe() + ".");
    }

    /** Deletes what the browser keeps; the data in use stays, and is kept again once it changes. */
    private void forget() {
        keeper.forget(current(page.state()));
        page.refreshControls();
        page.say(keeper.problem() == null ? "Deleted the data this browser kept." : keeper.problem());
    }

    /** Whether the panel shows: the reader's own data is in use, or the reader asked for it. */
    boolean isOpen(PlaygroundState s) {
        return open || s.data().kind().isOwn();
    }

    /** A built-in data set was chosen. */
    void close() {
        open = false;
    }

    /** The picker's "Your data" button: opens the panel and, where the problem has one, trains on a formula. */
    void openFor(PlaygroundState s) {
        open = true;
        DatasetKind kind = DatasetKind.formulaFor(s.data().kind().problem());
        if (!s.data().kind().isOwn() && kind != null) {
            formula.apply(kind, formula.draft(s, kind));
        } else {
            page.refreshControls();
        }
    }

    /** The panel for the problem of {@code s}. */
    HTMLElement panel(PlaygroundState s) {
        remember(s);
        HTMLElement panel = Dom.el("div", "nnp-own");
        panel.setAttribute("role", "group");
        panel.setAttribute("aria-label", "Your data");
        ProblemType problem = s.data().kind().problem();
        DatasetKind formulaKind = DatasetKind.formulaFor(problem);
        if (formulaKind != null) {
            panel.appendChild(formula.box(s, formulaKind));
        }
        panel.appendChild(drawStart(s));
        panel.appendChild(tableArea(s));
        if (keeper.holdsSomething()) {
            HTMLElement kept = Dom.el("div", "nnp-own-kept");
            kept.appendChild(Dom.text("p", "nnp-own-hint", "This browser keeps your data for your next visit, in its own"
                    + " storage (never sent anywhere)."));
            kept.appendChild(Dom.button("storage-forget", "Delete kept data", "Delete your data from this browser's storage",
                    "nnp-wide", this::forget));
            panel.appendChild(kept);
        }
        String notice = page.session().data().notice();
        if (s.data().kind().isOwn() && !notice.isEmpty()) {
            HTMLElement note = Dom.text("p", "nnp-own-note", notice);
            note.setAttribute("data-key", "own-note");
            panel.appendChild(note);
        }
        return panel;
    }

    /** "Draw points": the data becomes a drawing on the output view (the one drawn before for this problem, else empty). */
    private HTMLElement drawStart(PlaygroundState s) {
        HTMLElement box = Dom.el("div", "nnp-own-draw");
        if (s.data().kind().isDrawn()) {
            box.appendChild(Dom.text("p", "nnp-own-hint", "Draw on the output view: click or tap to add points; the"
                    + " tools are under it."));
            return box;
        }
        box.appendChild(Dom.button("draw-start", "Draw points", "Train on points you draw on the output view", "nnp-wide",
                () -> {
                    open = true;
                    DrawnPoints before = drawings[s.data().kind().problem().ordinal()];
                    page.edit(st -> StateEdits.withData(st, before != null ? st.data().withDrawn(before)
                            : st.data().withDrawn(DrawnPoints.empty(st.data().kind().problem()))));
                }));
        return box;
    }

    /** Remembers the drawing in use, so that going back to drawing after a formula or table finds it again. */
    void remember(PlaygroundState s) {
        if (s.data().kind().isDrawn()) {
            drawings[s.data().kind().problem().ordinal()] = s.data().drawn();
        }
    }

    private HTMLElement tableArea(PlaygroundState s) {
        HTMLElement area = Dom.el("div", "nnp-table");
        area.appendChild(Dom.text("p", "nnp-own-title", "Table (CSV or TSV): paste it, drop a file or choose one"));
        HTMLTextAreaElement text = (HTMLTextAreaElement) Dom.el("textarea", "nnp-table-text");
        text.setAttribute("data-key", "table-text");
        text.setAttribute("aria-label", "Table as CSV or TSV text");
        text.setAttribute("placeholder", "x1,x2,label\n1.5,-2,a\n0.3,4,b");
        text.setAttribute("spellcheck", "false");
        text.setAttribute("rows", "4");
        text.setValue(tableDraft);
        text.addEventListener("input", evt -> tableDraft = text.getValue());
        TextFiles.onDrop(text, MAX_FILE_BYTES, this::fileLoaded);
        area.appendChild(text);
        HTMLElement file = Dom.el("label", "field nnp-table-file");
        file.appendChild(Dom.text("span", "field-label", "Or a file"));
        HTMLInputElement input = (HTMLInputElement) Dom.el("input", null);
        input.setType("file");
        input.setAttribute("data-key", "table-file");
        input.setAttribute("aria-label", "Choose a CSV or TSV file");
        input.setAttribute("accept", ".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain");
        TextFiles.onChoose(input, MAX_FILE_BYTES, this::fileLoaded);
        file.appendChild(input);
        area.appendChild(file);
        area.appendChild(Fields.select("table-header", "Header", List.of(new Fields.Option("DETECT", "Detect"),
                new Fields.Option("YES", "First row names the columns"), new Fields.Option("NO", "No header row")),
                options.header().name(), v -> options = options.withHeader(CsvOptions.Header.valueOf(v))));
        area.appendChild(Fields.select("table-separator", "Separator", List.of(new Fields.Option("0", "Detect"),
                new Fields.Option("44", "Comma"), new Fields.Option("59", "Semicolon"), new Fields.Option("9", "Tab")),
                Integer.toString(options.separator()), v -> options = options.withSeparator((char) Integer.parseInt(v))));
        area.appendChild(Dom.button("table-load", "Load table", "Read the pasted table and train on it", "nnp-wide",
                () -> loadTable(tableDraft, "the pasted text")));
        if (tableError != null) {
            HTMLElement error = Dom.text("p", "nnp-own-error", tableError);
            error.setAttribute("data-key", "table-error");
            error.setAttribute("role", "alert");
            area.appendChild(error);
        }
        if (table != null) {
            area.appendChild(Dom.text("p", "nnp-table-summary", "Read " + NumberFormat.grouped(table.rowCount()) + " rows of "
                    + table.columnCount() + " columns from " + tableSource + " (" + table.separatorName() + ", "
                    + (table.hasHeader() ? "with a header" : "no header") + ")."));
            area.appendChild(columns());
            if (s.data().kind().isTable()) {
                area.appendChild(Dom.text("p", "nnp-table-use", inUse(s.data())));
            }
        }
        return area;
    }

    private static String inUse(DataSpec d) {
        OwnTable t = d.table();
        String from = String.join(", ", t.inputNames());
        if (t.classCount() > 0) {
            return "Training on " + t.size() + " rows: " + t.classCount() + " classes of '" + t.targetName() + "' ("
                    + String.join(", ", t.classNames()) + ") from " + from + ".";
        }
        return "Training on " + t.size() + " rows: the values of '" + t.targetName() + "' from " + from + ".";
    }

    private HTMLElement columns() {
        HTMLElement group = Dom.el("div", "nnp-table-columns");
        List<Fields.Option> cols = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            cols.add(new Fields.Option(Integer.toString(c), table.name(c)));
        }
        int[] in = choice.inputs();
        HTMLElement inputs = Dom.el("fieldset", "nnp-table-inputs");
        inputs.appendChild(Dom.text("legend", null, "Inputs (1 to " + TableChoice.MAX_INPUTS + ")"));
        for (int c = 0; c < table.columnCount(); c++) {
            int column = c;
            boolean on = indexOf(in, c) >= 0;
            inputs.appendChild(Fields.checkbox("table-input-" + c, table.name(c), on,
                    checked -> choose(toggled(in, column, checked), choice.target(), choice.reading(), 0, 1)));
        }
        group.appendChild(inputs);
        group.appendChild(Fields.select("table-target", "Label or target", cols, Integer.toString(choice.target()),
                v -> choose(in, Integer.parseInt(v), choice.reading(), choice.first(), choice.second())));
        group.appendChild(Fields.select("table-reading", "Read the target as", List.of(
                new Fields.Option("DETECT", "Detect"), new Fields.Option("CLASSES", "Classes"),
                new Fields.Option("VALUES", "Values")), choice.reading().name(),
                v -> choose(in, choice.target(), TableChoice.Target.valueOf(v), choice.first(), choice.second())));
        if (in.length > 2) {
            List<Fields.Option> chosen = new ArrayList<>();
            for (int k = 0; k < in.length; k++) {
                chosen.add(new Fields.Option(Integer.toString(k), table.name(in[k])));
            }
            group.appendChild(Fields.select("table-across", "Output view across", chosen, Integer.toString(choice.first()),
                    v -> across(Integer.parseInt(v))));
            group.appendChild(Fields.select("table-up", "Output view up", chosen, Integer.toString(choice.second()),
                    v -> up(Integer.parseInt(v))));
            group.appendChild(Dom.text("p", "nnp-own-hint", "The output view shows these two inputs, the others at"
                    + " their means; the plot of predicted against actual shows every row."));
        }
        return group;
    }

    private static int indexOf(int[] values, int v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** The input columns with {@code column} added (in column order) or taken out. */
    private static int[] toggled(int[] inputs, int column, boolean on) {
        List<Integer> list = new ArrayList<>();
        for (int c : inputs) {
            if (c != column) {
                list.add(c);
            }
        }
        if (on) {
            list.add(column);
            list.sort(Integer::compare);
        }
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** Shows input {@code k} across; picked for both, the two swap places. */
    private void across(int k) {
        choose(choice.inputs(), choice.target(), choice.reading(), k, k == choice.second() ? choice.first() : choice.second());
    }

    /** Shows input {@code k} up; picked for both, the two swap places. */
    private void up(int k) {
        choose(choice.inputs(), choice.target(), choice.reading(), k == choice.first() ? choice.second() : choice.first(), k);
    }

    private void choose(int[] inputs, int target, TableChoice.Target reading, int first, int second) {
        try {
            boolean wide = inputs.length > 2;
            TableChoice next = new TableChoice(inputs, target, reading, wide ? first : 0, wide ? second : 1);
            if (use(OwnTable.from(table, next))) {
                choice = next;
                tableError = null;
            }
        } catch (IllegalArgumentException e) {
            tableError = sentence(e.getMessage());
        }
        page.refreshControls();
    }

    private void fileLoaded(String text, String name, double size) {
        if (text == null) {
            tableError = size < 0 ? "The file " + name + " could not be read."
                    : "The file " + name + " is " + NumberFormat.grouped((long) size) + " bytes; a table may have at most "
                    + NumberFormat.grouped(CsvReader.MAX_CHARS) + " characters.";
            page.refreshControls();
            return;
        }
        loadTable(text, name);
    }

    /** Reads {@code text}; the data in use changes only when the whole table was read and fits. */
    private void loadTable(String text, String source) {
        try {
            TextTable t = CsvReader.read(text, options);
            TableChoice c = TableChoice.usual(t.columnCount());
            if (use(OwnTable.from(t, c))) {
                table = t;
                choice = c;
                tableSource = source;
                tableText = text;
                tableOptions = options;
                tableError = null;
            }
        } catch (IllegalArgumentException e) {
            tableError = sentence(e.getMessage()) + " The data in use is unchanged.";
        }
        page.refreshControls();
    }

    private static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }

    /** Trains on {@code own}; false (the page says why) when the state refused it. */
    private boolean use(OwnTable own) {
        open = true;
        formula.clearError(); // the box's text stays, its old error goes: a table is in use now
        page.edit(st -> StateEdits.withData(st, st.data().withTable(own)));
        return page.state().data().table() == own;
    }
}
