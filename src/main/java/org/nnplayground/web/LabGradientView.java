package org.nnplayground.web;

import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.view.lab.GradientTimePainter;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The gradient through time of the chosen sequence ({@link GradientTimePainter}): the length of
 * dLoss/dh_t per step on a log axis, one line per recurrent layer, redrawn as training goes. The
 * pointer, or the arrow keys on the focused canvas, read one step in the line below.
 */
final class LabGradientView implements LabView {
    private static final String HINT = "Point at a step, or focus the picture and use the arrow keys, to read it.";
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLCanvasElement canvas;
    private final CanvasSurface surface;
    private final HTMLElement readout;
    private final GradientTimePainter painter = new GradientTimePainter();
    private int hover = -1;
    private int keyStep = -1;
    private boolean focused;
    private int steps = 1;

    private final SequenceTraces traces;

    LabGradientView(LabPage page, SequenceTraces traces) {
        this.traces = traces;
        this.page = page;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-gradient");
        element.appendChild(Dom.text("figcaption", null, "Gradient through time"));
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-lab-canvas nnp-lab-gradient-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("aria-label", "The length of dLoss/dh at each step, on a log scale");
        readout = Dom.text("output", "nnp-lab-readout", HINT);
        readout.setAttribute("aria-live", "polite");
        Dom.append(element, canvas, readout);
        surface = new CanvasSurface(canvas, page.theme());
        canvas.addEventListener("pointermove", evt -> {
            int t = painter.stepAt(((MouseEvent) evt).getOffsetX(), steps);
            if (t != hover) {
                hover = t;
                page.repaint();
            }
        });
        canvas.addEventListener("pointerleave", evt -> {
            hover = -1;
            page.repaint();
        });
        canvas.addEventListener("focus", evt -> {
            focused = true;
            keyStep = keyStep < 0 ? steps - 1 : keyStep;
            page.repaint();
        });
        canvas.addEventListener("blur", evt -> {
            focused = false;
            page.repaint();
        });
        canvas.addEventListener("keydown", evt -> {
            KeyboardEvent e = (KeyboardEvent) evt;
            int d = e.getKey().equals("ArrowLeft") ? -1 : e.getKey().equals("ArrowRight") ? 1 : 0;
            if (d == 0 || e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
                return;
            }
            keyStep = Math.max(0, Math.min(steps - 1, keyStep + d));
            e.preventDefault();
            e.stopPropagation();
            page.repaint();
        });
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
        hover = -1;
        keyStep = -1;
    }

    @Override
    public void paint(LabSession session) {
        SequenceTrace trace = traces.of(session, page.selected());
        if (trace == null) {
            surface.fitToElement();
            surface.clear();
            canvas.setAttribute("aria-label", SequenceTraces.WORKING);
            readout.setTextContent(SequenceTraces.WORKING);
            return;
        }
        steps = trace.steps();
        keyStep = Math.min(keyStep, steps - 1);
        int shown = hover >= 0 ? hover : focused ? keyStep : -1;
        surface.fitToElement();
        painter.paint(surface, trace, shown);
        canvas.setAttribute("aria-label", GradientTimePainter.describe(trace));
        readout.setTextContent(shown >= 0 ? GradientTimePainter.readout(trace, shown) : HINT);
    }
}
