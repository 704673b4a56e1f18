package org.nnplayground.web;

import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.view.GraphHit;
import org.nnplayground.core.view.GraphNavigator;
import org.nnplayground.core.view.NetworkGraphPainter;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.ViewGrid;
import org.nnplayground.core.view.ViewText;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The network graph canvas: hover a neuron, link or bias to read its value; click a link or bias to
 * type a new value, which takes effect at once, also while training. The same by keyboard: the
 * canvas takes focus, the arrow keys move a focus mark over neurons, biases and weights (see
 * {@link GraphNavigator}), each named in a live region and in the tooltip, and Enter opens the editor.
 * The neuron under the pointer, else under the focus mark (a click or tap puts the mark there), is
 * what the output view shows in place of the network's output (see {@link #shownNeuron}).
 */
final class GraphView {
    private final PlaygroundPage page;
    private final HTMLElement wrap;
    private final HTMLCanvasElement canvas;
    /** Holds the canvas; scrolls sideways when a deep network needs a wider canvas than the column. */
    private final HTMLElement scroller;
    /** The canvas width set for a deep network ("" when it takes the column's width). */
    private String shownWidth = "";
    private final CanvasSurface surface;
    private final HTMLElement tooltip;
    private final HTMLElement editor;
    private final HTMLInputElement editorInput;
    private final NetworkGraphPainter painter = new NetworkGraphPainter();
    private GraphHit hover;
    private GraphHit selected;
    /** The element the keyboard focus mark is on, while the canvas has focus. */
    private GraphHit keyFocus;
    private boolean focused;
    /** Whether the open editor was opened by keyboard (focus then goes back to the canvas). */
    private boolean editingByKey;
    private final HTMLElement announcer;
    private String shownDescription;

    GraphView(PlaygroundPage page) {
        this.page = page;
        wrap = Dom.el("div", "nnp-graph-wrap");
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-graph-canvas");
        // An application: the canvas takes focus and handles the arrow keys itself (see onKey).
        canvas.setAttribute("role", "application");
        canvas.setAttribute("aria-roledescription", "network graph");
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("data-key", "graph");
        canvas.setAttribute("aria-label", "The network: inputs on the left, output on the right; each neuron shows"
                + " its output over the input space; links are blue for positive and orange for negative weights");
        announcer = Dom.el("div", "nnp-sr-only nnp-graph-focus");
        announcer.setAttribute("aria-live", "polite");
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
        scroller = Dom.el("div", "nnp-graph-scroll");
        scroller.appendChild(canvas);
        Dom.append(wrap, scroller, tooltip, editor, announcer);
        surface = new CanvasSurface(canvas, page.theme());
        Browser.onResize(canvas, () -> {
            surface.fitToElement();
            page.repaint();
        });
        canvas.addEventListener("pointermove", evt -> pointerAt((MouseEvent) evt));
        canvas.addEventListener("pointerleave", evt -> {
            hover = null;
            Dom.show(tooltip, false);
            page.repaint();
        });
        canvas.addEventListener("click", evt -> clickAt((MouseEvent) evt));
        canvas.addEventListener("keydown", evt -> onKey((KeyboardEvent) evt));
        canvas.addEventListener("focus", evt -> {
            focused = true;
            if (keyFocus == null) {
                keyFocus = GraphNavigator.first();
            }
            showFocus();
        });
        canvas.addEventListener("blur", evt -> {
            focused = false;
            if (hover == null) {
                Dom.show(tooltip, false);
            }
            page.repaint();
        });
        editorInput.addEventListener("keydown", evt -> {
            String key = ((KeyboardEvent) evt).getKey();
            if (key.equals("Enter")) {
                commitEdit();
            } else if (key.equals("Escape")) {
                closeEditor(true);
            }
        });
        editorInput.addEventListener("blur", evt -> closeEditor(false));
    }

    HTMLElement element() {
        return wrap;
    }

    void paint(Network network, FeatureSet features, ViewGrid grid, GridEvaluator evaluator) {
        if (keyFocus != null && !GraphNavigator.isValid(network.spec(), keyFocus)) {
            keyFocus = GraphNavigator.move(network.spec(), keyFocus, GraphNavigator.Move.FIRST); // the shape changed
        }
        painter.paint(surface, network, features, grid, evaluator, shownHover(), selected, page.session().weightsVersion());
        fitWidth(network.spec());
        String description = describe(network.spec(), painter.inputLabels());
        if (!description.equals(shownDescription)) {
            shownDescription = description;
            canvas.setAttribute("aria-label", description);
        }
        if (shownHover() != null && !tooltip.isHidden()) {
            tooltip.setTextContent(tooltipText(shownHover())); // the value under the pointer as it trains
        }
    }

    /**
     * Widens the canvas beyond the column when the network has too many layers for legible nodes
     * (see {@link org.nnplayground.core.view.NetworkLayout#preferredWidth}); the column then
     * scrolls sideways. The resize observer repaints at the new size.
     */
    private void fitWidth(NetworkSpec spec) {
        double wanted = org.nnplayground.core.view.NetworkLayout.preferredWidth(spec.layerCount() + 1, painter.labelWidth());
        String width = wanted > scroller.getClientWidth() + 0.5 ? Math.ceil(wanted) + "px" : "";
        if (!width.equals(shownWidth)) {
            shownWidth = width;
            Dom.style(canvas, "width", width);
        }
    }

    /** Canvas x to the wrap's x (the tooltip and editor sit in the wrap, the canvas may be scrolled). */
    private double inWrap(double canvasX) {
        return canvasX - scroller.getScrollLeft();
    }

    /** Whether the last paint's nodes were large and few enough for thumbnails. */
    boolean showsThumbnails() {
        return painter.showsThumbnails();
    }

    /**
     * The neuron the output view shows in place of the network's output: the one under the pointer,
     * else the one under the keyboard focus mark while the canvas has focus; null when neither is on a
     * neuron (a weight, a bias, nothing) or the element no longer fits the network of shape {@code spec}.
     */
    GraphHit shownNeuron(NetworkSpec spec) {
        GraphHit h = shownHover();
        return h != null && h.kind() == GraphHit.Kind.NEURON && GraphNavigator.isValid(spec, h) ? h : null;
    }

    /** {@code neuron} in words, with the input labels the graph shows: "input x₁", "neuron 2 of layer 1". */
    String neuronName(NetworkSpec spec, GraphHit neuron) {
        return ViewText.neuronName(spec, painter.inputLabels(), neuron);
    }

    /** The element marked as under the pointer: the pointer's, else the keyboard's while the canvas has focus. */
    private GraphHit shownHover() {
        return hover != null ? hover : focused ? keyFocus : null;
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
            return;
        }
        String key = e.getKey();
        NetworkSpec spec = page.session().trainer().network().spec();
        GraphNavigator.Move move = GraphNavigator.moveFor(key);
        if (move != null) {
            keyFocus = GraphNavigator.move(spec, keyFocus, move);
            showFocus();
        } else if ((key.equals("Enter") || key.equals("F2")) && keyFocus != null && GraphNavigator.isValid(spec, keyFocus)) {
            if (!keyFocus.isParameter()) {
                announce(painter.tooltip(keyFocus) + ". Only weights and biases can be edited; arrow down to reach them.");
            } else {
                double[] at = painter.anchor(keyFocus);
                if (at != null) {
                    openEditor(keyFocus, at[0], at[1], true);
                }
            }
        } else {
            return; // Space, S, R ... stay the page's shortcuts
        }
        e.preventDefault();
        e.stopPropagation();
    }

    /** Marks the keyboard focus on the canvas, shows its tooltip beside it and names it to screen readers. */
    private void showFocus() {
        page.repaint();
        double[] at = painter.anchor(keyFocus);
        if (keyFocus == null || at == null) {
            return;
        }
        String text = painter.tooltip(keyFocus);
        announce(text + (keyFocus.isParameter() ? ". Press Enter to edit." : "."));
        if (hover == null) {
            tooltip.setTextContent(tooltipText(keyFocus));
            placeTooltip(at[0], at[1]);
        }
    }

    private void announce(String text) {
        announcer.setTextContent(text);
    }

    private void placeTooltip(double x, double y) {
        Dom.style(tooltip, "left", Math.max(0, Math.min(inWrap(x) + 12, scroller.getClientWidth() - 160)) + "px");
        Dom.style(tooltip, "top", (y + 12) + "px");
        Dom.show(tooltip, true);
    }

    private void pointerAt(MouseEvent e) {
        double x = e.getOffsetX();
        double y = e.getOffsetY();
        GraphHit hit = painter.hitTest(x, y);
        if (!same(hit, hover)) {
            hover = hit;
            page.repaint();
        }
        if (hit == null) {
            Dom.show(tooltip, false);
            return;
        }
        tooltip.setTextContent(tooltipText(hit));
        placeTooltip(x, y);
    }

    private String tooltipText(GraphHit hit) {
        return painter.tooltip(hit) + (!hit.isParameter() ? "" : hit == hover ? " (click to edit)" : " (Enter to edit)");
    }

    /**
     * A click or tap puts the focus mark on the element hit (the click gave the canvas focus): a
     * neuron then stays shown in the output view until the focus leaves the graph, which is how a
     * finger, which has no hover, shows a neuron there. A weight or bias opens its editor.
     */
    private void clickAt(MouseEvent e) {
        GraphHit hit = painter.hitTest(e.getOffsetX(), e.getOffsetY());
        if (hit == null) {
            return;
        }
        keyFocus = hit;
        if (!hit.isParameter()) {
            showFocus();
            return;
        }
        openEditor(hit, e.getOffsetX(), e.getOffsetY(), false);
    }

    /** Opens the box to type a new value of {@code hit} at (x, y) on the canvas. */
    private void openEditor(GraphHit hit, double x, double y, boolean byKey) {
        selected = hit;
        editingByKey = byKey;
        editorInput.setValue(NumberFormat.significant(painter.valueOf(hit), 4));
        Dom.style(editor, "left", Math.max(0, Math.min(inWrap(x), scroller.getClientWidth() - 170)) + "px");
        Dom.style(editor, "top", y + "px");
        editorInput.setAttribute("aria-label", painter.tooltip(hit));
        Dom.show(editor, true);
        Dom.show(tooltip, false);
        editorInput.focus();
        editorInput.select();
        page.repaint();
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
            closeEditor(true);
            return;
        }
        GraphHit edited = hit;
        page.whenLocal(() -> {
            try {
                page.say(edited.kind() == GraphHit.Kind.LINK
                        ? page.session().setWeight(edited.layer(), edited.neuron(), edited.fromNeuron(), value)
                        : page.session().setBias(edited.layer(), edited.neuron(), value));
            } catch (IllegalArgumentException ex) {
                page.say(ex.getMessage());
            }
            page.changed(); // the weights changed: a link that carried the old ones drops them
        });
        closeEditor(true);
    }

    /** Closes the editor; {@code refocus} (Enter or Escape) gives the focus back to the canvas if it came from there. */
    private void closeEditor(boolean refocus) {
        if (selected == null) {
            return;
        }
        selected = null;
        Dom.show(editor, false);
        page.repaint();
        boolean back = refocus && editingByKey;
        editingByKey = false;
        if (back) {
            canvas.focus(); // back where the keyboard was, on the element just edited
        }
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
                + " and orange for negative weights. Hover a link or bias to read it, click it to edit it;"
                + " or use the arrow keys to move between neurons, biases and weights, and Enter to edit."
                + " The output view shows the neuron under the pointer or the focus mark in place of the network's output.").toString();
    }

    private static boolean same(GraphHit a, GraphHit b) {
        return a == null ? b == null : a.equals(b);
    }
}
