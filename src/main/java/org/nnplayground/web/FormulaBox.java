package org.nnplayground.web;

import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.formula.Formula;
import org.nnplayground.core.formula.FormulaException;
import org.nnplayground.core.formula.FormulaKind;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.StateEdits;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The formula box of "Your data": type a target (y = ..., z = ... or a rule for the classes), apply
 * it, and see where it went wrong with a caret under the character. It keeps what the reader typed
 * for each formula kind while it is not applied, and the last parse error, so a redraw of the data
 * column loses nothing; the data in use changes only when a formula parses and the state takes it.
 */
final class FormulaBox {
    private final PlaygroundPage page;
    /** Called when a formula is put in use (the own-data panel stays open). */
    private final Runnable opened;
    /** What the box holds for each formula kind while it is not applied; null: the formula in use. */
    private final String[] drafts = new String[FormulaKind.values().length];
    private FormulaException error;
    private String errorText;

    FormulaBox(PlaygroundPage page, Runnable opened) {
        this.page = page;
        this.opened = opened;
    }

    /** Puts {@code text} in the box for formulas of {@code kind} (a kept formula brought back). */
    void putDraft(DatasetKind kind, String text) {
        drafts[kind.formulaKind().ordinal()] = text;
    }

    /** Forgets the last error (the box's text stays): other data is in use now. */
    void clearError() {
        error = null;
    }

    /** What the box shows for {@code kind}: the draft typed, else the formula in use, else the kind's default. */
    String draft(PlaygroundState s, DatasetKind kind) {
        String d = drafts[kind.formulaKind().ordinal()];
        if (d != null) {
            return d;
        }
        return s.data().kind() == kind ? s.data().formula() : kind.defaultFormula();
    }

    /** The box for formulas of {@code kind}, filled from {@code s}. */
    HTMLElement box(PlaygroundState s, DatasetKind kind) {
        FormulaKind fk = kind.formulaKind();
        HTMLElement box = Dom.el("div", "nnp-own-formula");
        String label = fk == FormulaKind.CURVE ? "y =" : fk == FormulaKind.SURFACE ? "z =" : "Class 1 where";
        HTMLElement field = Dom.el("label", "field nnp-formula-field");
        field.appendChild(Dom.text("span", "field-label", label));
        HTMLInputElement input = (HTMLInputElement) Dom.el("input", null);
        input.setType("text");
        input.setAttribute("data-key", "formula");
        input.setAttribute("aria-label", "Formula " + fk.shape());
        input.setAttribute("spellcheck", "false");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("autocapitalize", "off");
        input.setAttribute("maxlength", Integer.toString(Formula.MAX_LENGTH + 100));
        String text = draft(s, kind);
        input.setValue(text);
        boolean failed = error != null && text.equals(errorText);
        input.setAttribute("aria-invalid", failed ? "true" : "false");
        input.addEventListener("input", evt -> drafts[fk.ordinal()] = input.getValue());
        input.addEventListener("keydown", evt -> {
            if ("Enter".equals(((KeyboardEvent) evt).getKey())) {
                evt.preventDefault();
                apply(kind, input.getValue());
            }
        });
        field.appendChild(input);
        box.appendChild(field);
        box.appendChild(Dom.button("formula-apply", "Apply formula", "Train on this formula (Enter in the box does the same)",
                "nnp-wide", () -> apply(kind, input.getValue())));
        if (failed) {
            HTMLElement shown = Dom.el("div", "nnp-own-error");
            shown.setAttribute("data-key", "formula-error");
            shown.setAttribute("role", "alert");
            shown.appendChild(Dom.text("p", null, error.getMessage()));
            HTMLElement mark = Dom.text("pre", "nnp-formula-mark", marked(text.trim(), error.position()));
            mark.setAttribute("aria-hidden", "true");
            shown.appendChild(mark);
            box.appendChild(shown);
        }
        box.appendChild(Dom.text("p", "nnp-own-hint", "Numbers, " + (fk == FormulaKind.CURVE ? "x" : "x1, x2")
                + ", + - * / ^, ( ), pi, e, sin cos tan exp log sqrt abs tanh min max floor"
                + (fk == FormulaKind.RULE ? "; compare with < <= > >= == != and join with and, or." : ".")));
        return box;
    }

    /** The formula with a caret under the character at {@code position} (1-based; one past the end for a cut-short formula). */
    static String marked(String text, int position) {
        int shown = Math.min(text.length(), 60);
        int start = Math.max(0, Math.min(position - 1 - 30, text.length() - shown));
        String line = text.substring(start, Math.min(text.length(), start + shown));
        int caret = Math.max(0, Math.min(position - 1 - start, line.length()));
        StringBuilder s = new StringBuilder(line).append('\n');
        for (int i = 0; i < caret; i++) {
            s.append(' ');
        }
        return s.append('^').toString();
    }

    /**
     * Trains on {@code text} as a formula of {@code kind}; when it does not parse, the box shows
     * where it went wrong and the data in use stays; when the state refuses it, the text stays in the box.
     */
    void apply(DatasetKind kind, String text) {
        try {
            Formula.parse(text, kind.formulaKind()); // where it went wrong, before anything changes
        } catch (FormulaException e) {
            error = e;
            errorText = text;
            drafts[kind.formulaKind().ordinal()] = text;
            page.refreshControls();
            focus(e.position());
            return;
        }
        error = null;
        drafts[kind.formulaKind().ordinal()] = null;
        opened.run();
        page.edit(st -> StateEdits.withData(st, st.data().withKind(kind).withFormula(text)));
        if (page.state().data().kind() != kind || !page.state().data().formula().equals(text.trim())) {
            drafts[kind.formulaKind().ordinal()] = text; // refused (undefined everywhere): keep the text
            page.refreshControls();
        }
    }

    private void focus(int position) {
        HTMLElement e = page.root().querySelector("[data-key=\"formula\"]");
        if (e != null) {
            e.focus();
            caretAt(e, position - 1);
        }
    }

    @org.teavm.jso.JSBody(params = {"input", "at"}, script = "try { input.setSelectionRange(at, at); } catch (e) { }")
    private static native void caretAt(HTMLElement input, int at);
}
