package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Recurrent;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Edits one weight or bias of a layer of the live network, also while training: the layer picked in
 * the cell diagram, which of its blocks (a recurrent layer's input weights Wx, recurrent weights Wh
 * or biases; a head's weights or biases; an embedding's table), the row (the unit or gate row it
 * feeds) and the column (where it comes from). The block's current value is shown; Set puts the
 * typed value in through {@link org.nnplayground.core.state.lab.LabSession#setParameter}, which
 * refuses NaN and cuts a value beyond the limit with its notice.
 */
final class LabWeightEditor {
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLElement title;
    private final HTMLSelectElement block;
    private final HTMLInputElement row;
    private final HTMLInputElement column;
    private final HTMLInputElement value;
    private final HTMLElement now;
    private Layer layer;
    private String layerName = "";

    LabWeightEditor(LabPage page) {
        this.page = page;
        element = Dom.el("fieldset", "nnp-lab-weight-editor");
        title = Dom.el("legend", null);
        block = (HTMLSelectElement) Dom.el("select", null);
        block.setAttribute("data-key", "weight-block");
        block.setAttribute("aria-label", "Which weights");
        row = number("weight-row", "Row");
        column = number("weight-column", "Column");
        value = number("weight-value", "New value");
        now = Dom.el("output", "nnp-lab-readout");
        HTMLElement set = Dom.button("weight-set", "Set", "Put the new value into the network", null, this::apply);
        Dom.append(element, title, labelled("Weights", block), labelled("Row", row), labelled("Column", column), now,
                labelled("New value", value), set);
        block.addEventListener("change", evt -> showValue());
        row.addEventListener("change", evt -> showValue());
        column.addEventListener("change", evt -> showValue());
        value.addEventListener("keydown", evt -> {
            if (((org.teavm.jso.dom.events.KeyboardEvent) evt).getKey().equals("Enter")) {
                apply();
            }
        });
        Dom.show(element, false);
    }

    private static HTMLInputElement number(String key, String label) {
        HTMLInputElement input = (HTMLInputElement) Dom.el("input", null);
        input.setType("text");
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("size", "6");
        input.setAttribute("data-key", key);
        input.setAttribute("aria-label", label);
        return input;
    }

    private static HTMLElement labelled(String text, HTMLElement control) {
        return Dom.append(Dom.el("label", "field"), Dom.text("span", "field-label", text), control);
    }

    HTMLElement element() {
        return element;
    }

    /** Shows the editor for {@code picked} (null: hides it), named {@code name}. */
    void edit(Layer picked, String name) {
        layer = picked;
        layerName = name;
        Dom.show(element, picked != null && !picked.parameters().isEmpty());
        if (picked == null) {
            return;
        }
        title.setTextContent("Edit a weight of " + name);
        Dom.clear(block);
        List<String> names = blockNames(picked);
        for (int i = 0; i < names.size(); i++) {
            org.teavm.jso.dom.html.HTMLOptionElement o = (org.teavm.jso.dom.html.HTMLOptionElement) Dom.el("option", null);
            o.setValue(Integer.toString(i));
            o.setText(names.get(i));
            block.appendChild(o);
        }
        row.setValue("1");
        column.setValue("1");
        showValue();
    }

    /** The names of a layer's parameter blocks, in {@code parameters()} order. */
    static List<String> blockNames(Layer layer) {
        List<String> names = new ArrayList<>();
        if (layer instanceof Recurrent) {
            names.add("input weights (Wx)");
            names.add("recurrent weights (Wh)");
            names.add("biases");
        } else if (layer instanceof Embedding) {
            names.add("table (one row per character)");
        } else {
            for (ParamBlock b : layer.parameters()) {
                names.add(b.bias() ? "biases" : "weights");
            }
        }
        return names;
    }

    private ParamBlock current() {
        int i = (int) Fields.parse(block.getValue(), 0);
        List<ParamBlock> blocks = layer.parameters();
        return blocks.get(Math.max(0, Math.min(blocks.size() - 1, i)));
    }

    private void showValue() {
        if (layer == null) {
            return;
        }
        ParamBlock b = current();
        int to = (int) Fields.parse(row.getValue(), 1) - 1;
        int from = (int) Fields.parse(column.getValue(), 1) - 1;
        String range = "rows 1 to " + b.fanOut() + ", columns 1 to " + b.fanIn() + gateRows();
        if (to < 0 || to >= b.fanOut() || from < 0 || from >= b.fanIn()) {
            now.setTextContent("R" + range.substring(1) + ".");
        } else {
            now.setTextContent("Now " + NumberFormat.significant(b.get(to, from), 4) + " (" + range + ").");
        }
    }

    /** For a gated cell, which rows are which gate's: "; rows 1-8 input gate, 9-16 forget gate, ...". */
    private String gateRows() {
        List<String> gates = layer instanceof Lstm ? SequenceTrace.gateNames("LSTM")
                : layer instanceof Gru ? SequenceTrace.gateNames("GRU") : List.of();
        if (gates.isEmpty()) {
            return "";
        }
        int h = ((Recurrent) layer).hiddenSize();
        StringBuilder s = new StringBuilder("; rows ");
        for (int g = 0; g < gates.size(); g++) {
            s.append(g == 0 ? "" : ", ").append(g * h + 1).append('-').append((g + 1) * h).append(' ').append(gates.get(g));
        }
        return s.toString();
    }

    /** Puts the typed value into the weight (once a run training in a worker is back). */
    private void apply() {
        page.whenLocal(this::applyHere);
    }

    private void applyHere() {
        if (layer == null) {
            return;
        }
        double to = Fields.parse(row.getValue().trim(), Double.NaN);
        double from = Fields.parse(column.getValue().trim(), Double.NaN);
        double v = Fields.parse(value.getValue().trim(), Double.NaN);
        try {
            if (!(to == (int) to) || !(from == (int) from)) {
                throw new IllegalArgumentException("Weight: the row and the column are whole numbers from 1");
            }
            page.showNotice(page.session().setParameter(current(), (int) to - 1, (int) from - 1, v));
        } catch (IllegalArgumentException e) {
            page.showNotice(e.getMessage());
        }
        showValue();
        page.repaint();
    }

    /** The name of the layer edited, or "". */
    String layerName() {
        return layerName;
    }
}
