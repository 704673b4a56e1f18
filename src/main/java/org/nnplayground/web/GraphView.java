package org.nnplayground.web;

import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.view.GraphHit;
import org.nnplayground.core.view.NetworkGraphPainter;
import org.nnplayground.core.view.NumberFormat;
import org.nnplayground.core.view.ViewGrid;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The network graph canvas: hover a neuron, link or bias to read its value; click a link or bias to
 * type a new value, which takes effect at once, also while training.
 */
final class GraphView {
    private final PlaygroundPage page;
    private final HTMLElement wrap;
    private final HTMLCanvasElement canvas;
    private final CanvasSurface surface;
    private final HTMLElement tooltip;
    private final HTMLElement editor;
    private final HTMLInputElement editorInput;
    private final NetworkGraphPainter painter = new NetworkGraphPainter();
    private GraphHit hover;
    private GraphHit selected;
    private String shownDescription;

    GraphView(PlaygroundPage page) {
        this.page = page;
        wrap = Dom.el("div", "nnp-graph-wrap");
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-graph-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "The network: inputs on the left, output on the right; each neuron shows"
                + " its output over the input space; links are blue for positive and orange for negative weights");
        tooltip = Dom.el("div", "nnp-tooltip");
        tooltip.setAttribute("role", "tooltip");
        Dom.show(tooltip, false);
        editor = Dom.el("label", "nnp-editor");
        HTMLElement editorLabel = Dom.text("span", "field-label", "Value");
        editorInput = (HTMLInputElement) Dom.el("input", null);
        editorInput.setType("text");
        editorInput.setAttribute("inputmode", "decimal");
        editorInput.setAttribute("size", "8");
        Dom.append(editor, editorLabel, editorInput);
        Dom.show(editor, false);
        Dom.append(wrap, canvas, tooltip, editor);
        surface = new CanvasSurface(canvas);
        Browser.onResize(canvas, () -> {
            surface.fitToElement();
            page.changed();
        });
        canvas.addEventListener("pointermove", evt -> pointerAt((MouseEvent) evt));
        canvas.addEventListener("pointerleave", evt -> {
            hover = null;
            Dom.show(tooltip, false);
            page.changed();
        });
        canvas.addEventListener("click", evt -> clickAt((MouseEvent) evt));
        editorInput.addEventListener("keydown", evt -> {
            String key = ((KeyboardEvent) evt).getKey();
            if (key.equals("Enter")) {
                commitEdit();
            } else if (key.equals("Escape")) {
                closeEditor();
            }
        });
        editorInput.addEventListener("blur", evt -> closeEditor());
    }

    HTMLElement element() {
        return wrap;
    }

    void paint(Network network, FeatureSet features, ViewGrid grid, GridEvaluator evaluator) {
        painter.paint(surface, network, features, grid, evaluator, hover, selected);
        String description = describe(network.spec(), painter.inputLabels());
        if (!description.equals(shownDescription)) {
            shownDescription = description;
            canvas.setAttribute("aria-label", description);
        }
        if (hover != null && !tooltip.isHidden()) {
            tooltip.setTextContent(tooltipText(hover)); // the value under the pointer as it trains
        }
    }

    private void pointerAt(MouseEvent e) {
        double x = e.getOffsetX();
        double y = e.getOffsetY();
        GraphHit hit = painter.hitTest(x, y);
        if (!same(hit, hover)) {
            hover = hit;
            page.changed();
        }
        if (hit == null) {
            Dom.show(tooltip, false);
            return;
        }
        tooltip.setTextContent(tooltipText(hit));
        Dom.style(tooltip, "left", Math.min(x + 12, surface.width() - 160) + "px");
        Dom.style(tooltip, "top", (y + 12) + "px");
        Dom.show(tooltip, true);
    }

    private String tooltipText(GraphHit hit) {
        return painter.tooltip(hit) + (hit.isParameter() ? " (click to edit)" : "");
    }

    private void clickAt(MouseEvent e) {
        GraphHit hit = painter.hitTest(e.getOffsetX(), e.getOffsetY());
        if (hit == null || !hit.isParameter()) {
            return;
        }
        selected = hit;
        editorInput.setValue(NumberFormat.significant(painter.valueOf(hit), 4));
        Dom.style(editor, "left", Math.min(e.getOffsetX(), surface.width() - 170) + "px");
        Dom.style(editor, "top", e.getOffsetY() + "px");
        editorInput.setAttribute("aria-label", painter.tooltip(hit));
        Dom.show(editor, true);
        Dom.show(tooltip, false);
        editorInput.focus();
        editorInput.select();
        page.changed();
    }

    private void commitEdit() {
        GraphHit hit = selected;
        String typed = editorInput.getValue().trim();
        double value = Fields.parse(typed, Double.NaN);
        if (hit == null) {
            return;
        }
        if (value != value) {
            page.say("Type a number such as 0.5 or -2 to set " + (hit.kind() == GraphHit.Kind.LINK ? "a weight" : "a bias")
                    + "; \u201c" + typed + "\u201d is not one.");
            closeEditor();
            return;
        }
        try {
            page.say(hit.kind() == GraphHit.Kind.LINK
                    ? page.session().setWeight(hit.layer(), hit.neuron(), hit.fromNeuron(), value)
                    : page.session().setBias(hit.layer(), hit.neuron(), value));
        } catch (IllegalArgumentException ex) {
            page.say(ex.getMessage());
        }
        closeEditor();
    }

    private void closeEditor() {
        if (selected == null) {
            return;
        }
        selected = null;
        Dom.show(editor, false);
        page.changed();
    }

    /** The network's shape in words, for people who do not see the canvas (and for tests). */
    static String describe(NetworkSpec spec, String[] inputLabels) {
        StringBuilder s = new StringBuilder("The network: ");
        s.append(spec.inputs()).append(spec.inputs() == 1 ? " input (" : " inputs (");
        s.append(String.join(", ", inputLabels)).append("), ");
        int hidden = spec.hiddenSizes().size();
        if (hidden == 0) {
            s.append("no hidden layer");
        } else {
            s.append(hidden == 1 ? "a hidden layer of " : hidden + " hidden layers of ");
            for (int i = 0; i < hidden; i++) {
                if (i > 0) {
                    s.append(i == hidden - 1 ? " and " : ", ");
                }
                s.append(spec.hiddenSizes().get(i));
            }
            s.append(hidden == 1 && spec.hiddenSizes().get(0) == 1 ? " neuron" : " neurons");
        }
        s.append(", ").append(spec.outputs()).append(spec.outputs() == 1 ? " output" : " outputs");
        return s.append(". Each neuron shows its output over the input space; links are blue for positive"
                + " and orange for negative weights. Hover a link or bias to read it, click it to edit it.").toString();
    }

    private static boolean same(GraphHit a, GraphHit b) {
        return a == null ? b == null : a.equals(b);
    }
}
