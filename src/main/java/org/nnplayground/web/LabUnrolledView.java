package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.view.lab.UnrolledPainter;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The chosen sequence unrolled through time ({@link UnrolledPainter}): a units x time heatmap of each
 * recurrent layer's state, or of a gate for LSTM and GRU, with the inputs above and the target and
 * prediction below. Buttons and a number box pick the sequence; the pointer, or the arrow keys on the
 * focused canvas, read one cell ("step 3, unit 2: 0.73") in the line below it.
 */
final class LabUnrolledView implements LabView {
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLElement controls;
    private final HTMLCanvasElement canvas;
    private final CanvasSurface surface;
    private final HTMLElement readout;
    private final UnrolledPainter painter = new UnrolledPainter();
    private HTMLInputElement number;
    private HTMLElement countText;
    private int gate = -1;
    private String builtFor = "";
    private UnrolledPainter.Cursor hover;
    private UnrolledPainter.Cursor keyCursor;
    private boolean focused;
    /** Whether the sequence box has focus: its text is the reader's then, not the paint's. */
    private boolean editing;
    private SequenceTrace shown;
    /** Whether the readout says that the trace is being worked out. */
    private boolean saidWorking;

    private static final String HINT = "Point at a cell, or focus the picture and use the arrow keys, to read it.";
    private final SequenceTraces traces;

    LabUnrolledView(LabPage page, SequenceTraces traces) {
        this.traces = traces;
        this.page = page;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-wide nnp-lab-unrolled");
        element.appendChild(Dom.text("figcaption", null, "Through time"));
        controls = Dom.el("div", "nnp-lab-seq-controls");
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-lab-canvas nnp-lab-unrolled-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-label", "The chosen sequence unrolled over its steps");
        readout = Dom.text("output", "nnp-lab-readout", HINT);
        readout.setAttribute("aria-live", "polite");
        Dom.append(element, controls, canvas, readout);
        surface = new CanvasSurface(canvas, page.theme());
        canvas.addEventListener("pointermove", evt -> {
            MouseEvent e = (MouseEvent) evt;
            UnrolledPainter.Cursor c = painter.hitAt(e.getOffsetX(), e.getOffsetY());
            if (!java.util.Objects.equals(c, hover)) {
                hover = c;
                page.repaint();
            }
        });
        canvas.addEventListener("pointerleave", evt -> {
            hover = null;
            page.repaint();
        });
        canvas.addEventListener("focus", evt -> {
            focused = true;
            if (keyCursor == null) {
                keyCursor = new UnrolledPainter.Cursor(0, 0);
            }
            page.repaint();
        });
        canvas.addEventListener("blur", evt -> {
            focused = false;
            page.repaint();
        });
        canvas.addEventListener("keydown", evt -> onKey((KeyboardEvent) evt));
    }

    private void onKey(KeyboardEvent e) {
        if (shown == null || e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
            return;
        }
        int ds = 0;
        int dr = 0;
        switch (e.getKey()) {
            case "ArrowLeft":
                ds = -1;
                break;
            case "ArrowRight":
                ds = 1;
                break;
            case "ArrowUp":
                dr = -1;
                break;
            case "ArrowDown":
                dr = 1;
                break;
            default:
                return;
        }
        keyCursor = UnrolledPainter.move(shown, keyCursor, ds, dr);
        e.preventDefault();
        e.stopPropagation();
        page.repaint();
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public boolean shows(LabSession session) {
        return LabSequences.numbers(session);
    }

    @Override
    public void rebuilt(LabSession session) {
        hover = null;
        keyCursor = null;
        builtFor = "";
    }

    /** The sequence picker and, for gated cells, the gate menu; rebuilt when the cell kind changes. */
    private void buildControls(LabSession session, SequenceTrace trace) {
        String kind = trace.layers().get(0).kind();
        if (kind.equals(builtFor)) {
            return;
        }
        builtFor = kind;
        List<String> gates = SequenceTrace.gateNames(kind);
        if (gate >= gates.size()) {
            gate = -1;
        }
        Dom.clear(controls);
        editing = false;
        HTMLElement prev = Dom.button("lab-seq-prev", "\u2190", "Previous sequence", null,
                () -> page.select(Math.max(0, LabSequences.index(page.session(), page.selected()) - 1)));
        HTMLElement next = Dom.button("lab-seq-next", "\u2192", "Next sequence", null,
                () -> page.select(Math.min(LabSequences.count(page.session()) - 1,
                        LabSequences.index(page.session(), page.selected()) + 1)));
        HTMLElement field = Fields.number("lab-seq", "Sequence", "1", "1", v -> {
            int n = LabSequences.count(page.session());
            if (!(v == (int) v) || v < 1 || v > n) {
                page.showNotice("Sequence: '" + number.getValue() + "' is not allowed; use 1 to " + n + ".");
                number.setValue(Integer.toString(LabSequences.index(page.session(), page.selected()) + 1));
                return;
            }
            page.showNotice(null);
            page.select((int) v - 1);
        });
        number = (HTMLInputElement) field.querySelector("input");
        number.addEventListener("focus", evt -> editing = true);
        number.addEventListener("blur", evt -> editing = false);
        countText = Dom.text("span", "nnp-lab-seq-count", "");
        Dom.append(controls, prev, field, countText, next);
        if (!gates.isEmpty()) {
            List<Fields.Option> options = new ArrayList<>();
            options.add(new Fields.Option("state", "hidden state"));
            for (int g = 0; g < gates.size(); g++) {
                options.add(new Fields.Option(Integer.toString(g), gates.get(g) + " gate"));
            }
            controls.appendChild(Fields.select("lab-gate", "Show", options, gate < 0 ? "state" : Integer.toString(gate), v -> {
                gate = v.equals("state") ? -1 : Integer.parseInt(v);
                page.repaint();
            }));
        }
    }

    @Override
    public void paint(LabSession session) {
        int index = LabSequences.index(session, page.selected());
        SequenceTrace trace = traces.of(session, page.selected());
        shown = trace;
        if (trace == null) { // the picker comes with the first trace, which says the cell's kind
            surface.fitToElement();
            surface.clear();
            canvas.setAttribute("aria-label", SequenceTraces.WORKING);
            readout.setTextContent(SequenceTraces.WORKING);
            saidWorking = true;
            return;
        }
        buildControls(session, trace);
        String text = Integer.toString(index + 1);
        if (!editing && !text.equals(number.getValue())) {
            number.setValue(text);
        }
        countText.setTextContent("of " + LabSequences.count(session) + (LabSequences.test(session) ? " (test set)" : " (training set)"));
        Dom.style(canvas, "height", Math.round(UnrolledPainter.preferredHeight(trace)) + "px");
        surface.fitToElement();
        if (keyCursor != null) {
            keyCursor = UnrolledPainter.move(trace, keyCursor, 0, 0);
        }
        UnrolledPainter.Cursor cursor = hover != null ? hover : focused ? keyCursor : null;
        painter.paint(surface, trace, gate, cursor);
        canvas.setAttribute("aria-label", UnrolledPainter.describe(trace, gate, index));
        if (cursor != null) {
            readout.setTextContent(UnrolledPainter.readout(trace, gate, cursor));
        } else if (saidWorking) {
            readout.setTextContent(HINT);
        }
        saidWorking = false;
    }
}
